package org.socialgov.console.audit;

import io.micronaut.core.annotation.Nullable;

/** One object's integrity verdict as the badge shows it, with the event where the record breaks, if found. */
public record IntegrityBadge(IntegrityReport report, @Nullable AuditEvent brokenEvent) {

    public boolean intact() {
        return report.intact();
    }
}
