package org.socialgov.platform.audit;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One recorded event as an auditor reads it: which aggregate, its place in that aggregate's history, what happened,
 * when, by whom, for which tenant, why, the data as recorded, and the two hashes that seal it into the chain. Self
 * contained, so a line of an export can be checked on its own.
 */
@Serdeable
public record AuditEvent(String aggregateType, String aggregateId, long sequenceNumber, String eventId,
                         String eventType, Instant occurredAt, String tenant, String actor, String actorRole,
                         String reason, String requestId, String correlationId,
                         @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, Object> payload,
                         String hash, String previousHash) {
}
