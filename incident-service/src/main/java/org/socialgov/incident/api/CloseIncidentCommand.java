package org.socialgov.incident.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a resolved incident: nothing more is added to it unless it is reopened. */
public record CloseIncidentCommand(@TargetAggregateIdentifier String incidentId, String tenant, Instant at) {
}
