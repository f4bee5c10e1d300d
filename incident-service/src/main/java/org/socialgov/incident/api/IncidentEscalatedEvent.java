package org.socialgov.incident.api;

import java.time.Instant;

/** The incident was escalated. */
public record IncidentEscalatedEvent(String incidentId, EscalationTarget to, String reason, Instant escalatedAt) {
}
