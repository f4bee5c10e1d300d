package org.socialgov.console.audit;

import java.util.Arrays;
import java.util.Optional;

import org.socialgov.console.gateway.ApiPaths;

/**
 * The kinds of record an auditor replays, each with its service's API: where one object is read, its history, diff
 * and integrity, and where the tenant-wide check and the export of that service are.
 */
public enum AuditedKind {

    CONTRACT("contract", "Contract", "Contracts", "/api/contracts", "contracts"),
    POLICY("policy", "Policy", "Policies", "/api/policies", "policies"),
    INCIDENT("incident", "Incident", "Incidents", "/api/incidents", "incidents");

    private final String slug;
    private final String words;
    private final String serviceWords;
    private final String apiBase;
    private final String auditSegment;

    AuditedKind(String slug, String words, String serviceWords, String apiBase, String auditSegment) {
        this.slug = slug;
        this.words = words;
        this.serviceWords = serviceWords;
        this.apiBase = apiBase;
        this.auditSegment = auditSegment;
    }

    /** The kind named in a console address ({@code /audit/contract/...}); empty for anything else. */
    public static Optional<AuditedKind> of(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }

    public String slug() {
        return slug;
    }

    /** "Contract", as a heading says it. */
    public String words() {
        return words;
    }

    /** "Contracts": the service's records, as the tenant-wide badge and the export form name them. */
    public String serviceWords() {
        return serviceWords;
    }

    public String objectPath(String id) {
        return apiBase + "/" + ApiPaths.encode(id);
    }

    public String tenantIntegrityPath() {
        return "/api/audit/" + auditSegment + "/integrity";
    }

    public String exportPath() {
        return "/api/audit/" + auditSegment + "/events";
    }

    /** The part of an export's file name that says which service's events it holds. */
    public String exportName() {
        return slug + "-events";
    }
}
