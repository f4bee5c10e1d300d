package org.socialgov.incident.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Returns a resolved or closed incident to triage, e.g. because the story flared up again. */
public record ReopenIncidentCommand(@TargetAggregateIdentifier String incidentId, String tenant, String reason,
                                    Instant at) {
}
