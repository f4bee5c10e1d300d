package org.socialgov.platform.history;

import java.time.Instant;
import java.util.Map;

/**
 * One event of an aggregate's history as an auditor reads it: what happened, when, by whom, for which tenant, why,
 * and the event's own data.
 */
public record RecordedEvent(long sequenceNumber, String eventType, Instant occurredAt, String tenant, String actor,
                            String actorRole, String reason, String requestId, String correlationId,
                            Map<String, Object> payload) {
}
