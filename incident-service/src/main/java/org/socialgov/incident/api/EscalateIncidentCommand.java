package org.socialgov.incident.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hands the decision up to legal, PR or the executives, saying why. */
public record EscalateIncidentCommand(@TargetAggregateIdentifier String incidentId, String tenant,
                                      EscalationTarget to, String reason, Instant at) {
}
