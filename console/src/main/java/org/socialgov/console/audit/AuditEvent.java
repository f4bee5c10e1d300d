package org.socialgov.console.audit;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One recorded event as the history, diff and export answer it ({@code AuditEvent} in openapi/audit.yaml). */
@Serdeable
public record AuditEvent(String aggregateType, String aggregateId, long sequenceNumber, String eventType,
                         Instant occurredAt, @Nullable String actor, @Nullable String actorRole,
                         @Nullable String clientId, @Nullable String reason, @Nullable String requestId) {

    public String what() {
        return AuditWords.event(eventType);
    }

    public String roles() {
        return AuditWords.roles(actorRole);
    }
}
