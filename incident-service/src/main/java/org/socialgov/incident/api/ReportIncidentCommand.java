package org.socialgov.incident.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Reports a post. The incident id is derived from the tenant and the post's normalised URL, so a report of a post
 * already reported reaches the same incident and becomes a sighting of it.
 */
public record ReportIncidentCommand(@TargetAggregateIdentifier String incidentId, String tenant, PostReport report,
                                    Reporter reporter, Instant reportedAt) {
}
