package org.socialgov.policy.domain;

import java.time.LocalDate;

/**
 * A review is recorded once it has taken place, and reviews follow one another: none is dated after the day it is
 * recorded (a date still to come would refuse every real review until then and keep the policy off the overdue
 * list), before the policy's enactment, or before the review before it.
 */
final class ReviewDating {

    private ReviewDating() {
    }

    static void requireHappened(LocalDate reviewedOn, LocalDate recordedOn) {
        if (reviewedOn.isAfter(recordedOn)) {
            throw new PolicyRuleViolationException("The review is dated " + reviewedOn + ", after today ("
                + recordedOn + "): a review is recorded once it has taken place");
        }
    }

    static void requireInOrder(LocalDate reviewedOn, LocalDate enactedOn, LocalDate previousReviewedOn) {
        if (reviewedOn.isBefore(enactedOn)) {
            throw new PolicyRuleViolationException("A review cannot predate the policy's enactment on " + enactedOn);
        }
        if (previousReviewedOn != null && reviewedOn.isBefore(previousReviewedOn)) {
            throw new PolicyRuleViolationException("A review cannot predate the one before it, on "
                + previousReviewedOn);
        }
    }
}
