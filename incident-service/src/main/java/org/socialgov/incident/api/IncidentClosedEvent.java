package org.socialgov.incident.api;

import java.time.Instant;

/** The incident was closed; {@code note} is the closing remark, if any. */
public record IncidentClosedEvent(String incidentId, String note, Instant closedAt) {
}
