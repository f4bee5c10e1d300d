package org.socialgov.policy.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a periodic review of the policy: who reviewed it, when, and what they concluded; {@code recordedOn} is the
 * day it is recorded, after which no review can be dated.
 */
public record RecordPolicyReviewCommand(@TargetAggregateIdentifier String policyId, String tenant, String reviewer,
                                        LocalDate reviewedOn, ReviewOutcome outcome, String notes,
                                        LocalDate recordedOn) {
}
