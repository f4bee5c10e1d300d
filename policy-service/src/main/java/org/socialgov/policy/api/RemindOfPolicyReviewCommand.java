package org.socialgov.policy.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The reminder watch asks the policy, at {@code now}, whether a reminder of its next review is due. */
public record RemindOfPolicyReviewCommand(@TargetAggregateIdentifier String policyId, String tenant, Instant now) {
}
