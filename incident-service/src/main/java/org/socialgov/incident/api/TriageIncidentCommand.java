package org.socialgov.incident.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the severity and who handles the incident; a severity other than the suggested one needs a reason. */
public record TriageIncidentCommand(@TargetAggregateIdentifier String incidentId, String tenant, Severity severity,
                                    String severityReason, String assignee, Instant at) {
}
