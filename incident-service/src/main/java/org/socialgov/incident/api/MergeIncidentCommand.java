package org.socialgov.incident.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Merges this incident into {@code survivorId}, found to be the same story. {@code survivorStatus} is the survivor's
 * status as read just before (null if the tenant has no such incident), so the aggregate can judge the merge.
 */
public record MergeIncidentCommand(@TargetAggregateIdentifier String incidentId, String tenant, String survivorId,
                                   IncidentStatus survivorStatus, String reason, Instant at) {
}
