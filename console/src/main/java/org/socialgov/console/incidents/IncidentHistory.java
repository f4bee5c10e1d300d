package org.socialgov.console.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /api/incidents/{id}/history}: a page of the incident's recorded events, oldest first (audit.yaml). */
@Serdeable
public record IncidentHistory(List<Event> events, @Nullable Long nextAfter) {

    @Serdeable
    public record Event(long sequenceNumber, String eventType, Instant occurredAt, @Nullable String actor,
                        @Nullable String actorRole, @Nullable String reason, @Nullable Map<String, Object> payload) {

        /** A field of the payload as text ("" when absent), one level down with a dotted name. */
        public String field(String name) {
            Object value = payload;
            for (String part : name.split("\\.")) {
                value = value instanceof Map<?, ?> map ? map.get(part) : null;
            }
            return value == null ? "" : value.toString();
        }
    }
}
