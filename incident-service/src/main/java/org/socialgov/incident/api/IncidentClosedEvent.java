package org.socialgov.incident.api;

import java.time.Instant;

/** The incident was closed. */
public record IncidentClosedEvent(String incidentId, Instant closedAt) {
}
