package org.socialgov.incident.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a resolved incident, with an optional note: nothing more is added to it unless it is reopened. */
public record CloseIncidentCommand(@TargetAggregateIdentifier String incidentId, String tenant, String note,
                                   Instant at) {
}
