package org.socialgov.incident.api;

import java.time.Instant;

/** The incident was resolved. */
public record IncidentResolvedEvent(String incidentId, String summary, Instant resolvedAt) {
}
