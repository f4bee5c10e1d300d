package org.socialgov.policy.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Corrects the date of the policy's last review, recorded by mistake (a typo, a date still to come): the review stays
 * on the record as it was recorded, and the correction is recorded beside it with its reason. {@code recordedOn} is
 * the day the correction is recorded, after which the review cannot be dated either.
 */
public record CorrectPolicyReviewCommand(@TargetAggregateIdentifier String policyId, String tenant,
                                         String correctedBy, LocalDate reviewedOn, String reason,
                                         LocalDate recordedOn) {
}
