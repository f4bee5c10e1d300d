package org.socialgov.incident.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Declares the incident resolved once the response (or its absence) has played out. */
public record ResolveIncidentCommand(@TargetAggregateIdentifier String incidentId, String tenant, String summary,
                                     Instant at) {
}
