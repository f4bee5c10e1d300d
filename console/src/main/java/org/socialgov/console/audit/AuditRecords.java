package org.socialgov.console.audit;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;

/**
 * The audit operations every service answers alike (openapi/audit.yaml), called through the gateway with the
 * auditor's token. Another company's object answers 404 like a missing one; the pages show both as not found.
 */
@Singleton
public class AuditRecords {

    static final int HISTORY_PAGE = 50;

    private final GatewayApi api;

    public AuditRecords(GatewayApi api) {
        this.api = api;
    }

    /** A page of the object's events, oldest first, after the given sequence number (from the start when null). */
    public AuditEventPage history(ConsoleSession session, AuditedKind kind, String id, Long after) {
        String query = "?limit=" + HISTORY_PAGE + (after == null ? "" : "&after=" + after);
        return api.get(session, kind.objectPath(id) + "/history" + query, AuditEventPage.class);
    }

    /** The event with this sequence number, if the record still holds one there. */
    public Optional<AuditEvent> event(ConsoleSession session, AuditedKind kind, String id, long sequenceNumber) {
        AuditEventPage page = api.get(session, kind.objectPath(id) + "/history?limit=1&after=" + (sequenceNumber - 1),
            AuditEventPage.class);
        return page.events().stream().filter(event -> event.sequenceNumber() == sequenceNumber).findFirst();
    }

    public IntegrityReport integrity(ConsoleSession session, AuditedKind kind, String id) {
        return api.get(session, kind.objectPath(id) + "/integrity", IntegrityReport.class);
    }

    /** The verdict as a badge, naming the event where the record breaks when it does. */
    public IntegrityBadge badge(ConsoleSession session, AuditedKind kind, String id) {
        IntegrityReport report = integrity(session, kind, id);
        AuditEvent broken = report.intact() || report.brokenAt() == null ? null
            : event(session, kind, id, report.brokenAt()).orElse(null);
        return new IntegrityBadge(report, broken);
    }

    public AggregateDiff diff(ConsoleSession session, AuditedKind kind, String id, long from, long to) {
        return api.get(session, kind.objectPath(id) + "/diff?from=" + from + "&to=" + to, AggregateDiff.class);
    }

    /** The object as it was right after the event with this sequence number, as the service reads it. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> asOf(ConsoleSession session, AuditedKind kind, String id, long version) {
        return api.get(session, kind.objectPath(id) + "?version=" + version, Map.class);
    }

    public TenantIntegrityReport tenantIntegrity(ConsoleSession session, AuditedKind kind) {
        return api.get(session, kind.tenantIntegrityPath(), TenantIntegrityReport.class);
    }
}
