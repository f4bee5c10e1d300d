package org.socialgov.console.audit;

import java.util.List;

import io.micronaut.core.annotation.Nullable;

/**
 * The auditor's start page: the tenant-wide verdict per service, the form that opens an object by id, and one page
 * of recent objects of the kind chosen.
 */
public record AuditStartPage(List<ServiceVerdict> verdicts, AuditedKind listed, List<RecentObject> recent,
                             @Nullable String nextCursor, boolean first, @Nullable String idError,
                             @Nullable String idValue) {

    public List<AuditedKind> kinds() {
        return List.of(AuditedKind.values());
    }
}
