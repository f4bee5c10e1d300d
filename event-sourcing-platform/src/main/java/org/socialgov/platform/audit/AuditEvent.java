package org.socialgov.platform.audit;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One recorded event as an auditor reads it: which aggregate, its place in that aggregate's history, what happened,
 * when, by whom (and through which machine client), for which tenant, why, in which request, the data as recorded,
 * and the two hashes that seal it into the chain. Self contained: {@code timestamp}, {@code payloadType},
 * {@code payloadRevision}, {@code metaData} and {@code payload} are exactly what the hash covers, so an auditor can
 * recompute it from this entry alone (ARCHITECTURE.md, decision 3).
 */
@Serdeable
public record AuditEvent(String aggregateType, String aggregateId, long sequenceNumber, String eventId,
                         String eventType, Instant occurredAt, String tenant, String actor, String actorRole,
                         String reason, String requestId, String correlationId,
                         @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, Object> payload,
                         String hash, String previousHash,
                         String timestamp, String payloadType, String payloadRevision, String clientId,
                         String idempotencyKey, String traceparent,
                         @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, Object> metaData) {

    /** An entry without the stored form and the rest of the metadata: for code written before they were shown. */
    public AuditEvent(String aggregateType, String aggregateId, long sequenceNumber, String eventId, String eventType,
                      Instant occurredAt, String tenant, String actor, String actorRole, String reason,
                      String requestId, String correlationId, Map<String, Object> payload, String hash,
                      String previousHash) {
        this(aggregateType, aggregateId, sequenceNumber, eventId, eventType, occurredAt, tenant, actor, actorRole,
            reason, requestId, correlationId, payload, hash, previousHash, null, null, null, null, null, null, null);
    }

    /** The same entry showing other data, e.g. with personal data redacted; its hash then no longer recomputes. */
    public AuditEvent withPayload(Map<String, Object> shownPayload) {
        return new AuditEvent(aggregateType, aggregateId, sequenceNumber, eventId, eventType, occurredAt, tenant,
            actor, actorRole, reason, requestId, correlationId, shownPayload, hash, previousHash, timestamp,
            payloadType, payloadRevision, clientId, idempotencyKey, traceparent, metaData);
    }
}
