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
        LocalDate from = lastReviewedOn == null ? enactedOn : lastReviewedOn;
        requireSchedulable(from, intervalMonths);
        return from.plusMonths(intervalMonths);
    }

    /**
     * A date so late (near year 999,999,999, which a date in a request may name) that no calendar date falls one
     * interval after it is refused: with a 422, never with the calendar's own error, and before an event that no
     * projection could handle is stored.
     */
    public static void requireSchedulable(LocalDate from, int intervalMonths) {
        if (from.isAfter(LocalDate.MAX.minusMonths(intervalMonths))) {
            throw new PolicyRuleViolationException("No review can fall " + intervalMonths + " months after " + from);
        }
    }

    public static void requireSensibleInterval(int intervalMonths) {
        if (intervalMonths < SHORTEST_INTERVAL_MONTHS || intervalMonths > LONGEST_INTERVAL_MONTHS) {
            throw new PolicyRuleViolationException("A policy is reviewed every " + SHORTEST_INTERVAL_MONTHS + " to "
                + LONGEST_INTERVAL_MONTHS + " months, not every " + intervalMonths);
        }
    }
}
