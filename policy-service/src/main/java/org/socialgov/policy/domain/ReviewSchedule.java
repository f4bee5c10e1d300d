package org.socialgov.policy.domain;

import java.time.LocalDate;

/**
 * When the policy is next due for review: one review interval after the last review, or after its enactment while
 * it has never been reviewed.
 */
public final class ReviewSchedule {

    public static final int SHORTEST_INTERVAL_MONTHS = 1;
    public static final int LONGEST_INTERVAL_MONTHS = 60;

    private ReviewSchedule() {
    }

    public static LocalDate nextDue(LocalDate enactedOn, LocalDate lastReviewedOn, int intervalMonths) {
        return (lastReviewedOn == null ? enactedOn : lastReviewedOn).plusMonths(intervalMonths);
    }

    public static void requireSensibleInterval(int intervalMonths) {
        if (intervalMonths < SHORTEST_INTERVAL_MONTHS || intervalMonths > LONGEST_INTERVAL_MONTHS) {
            throw new PolicyRuleViolationException("A policy is reviewed every " + SHORTEST_INTERVAL_MONTHS + " to "
                + LONGEST_INTERVAL_MONTHS + " months, not every " + intervalMonths);
        }
    }
}
