package org.socialgov.incident.api;

import java.time.Instant;

/** One escalation of an incident: to whom, why, when. */
public record Escalation(EscalationTarget to, String reason, Instant escalatedAt) {
}
