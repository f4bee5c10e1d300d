package org.socialgov.incident.api;

import java.time.Instant;

/** The incident is back in triage, with a new deadline to decide counted from the reopening. */
public record IncidentReopenedEvent(String incidentId, String reason, Instant reopenedAt, Instant decideDueBy) {
}
