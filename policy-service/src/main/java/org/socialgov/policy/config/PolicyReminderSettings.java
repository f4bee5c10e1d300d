package org.socialgov.policy.config;

import java.util.List;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * When the policy's deadlines are reminded of ({@code socialgov.policies.reminders}): how many days before a review
 * falls overdue its warnings go out, and after how many days a version still unacknowledged is reminded of, per
 * person. The watch's own timing ({@code initial-delay}, {@code interval}) is read where it is scheduled.
 */
@ConfigurationProperties("socialgov.policies.reminders")
public class PolicyReminderSettings {

    private List<Integer> reviewLeadDays = List.of(30, 7);
    private int acknowledgementAfterDays = 14;

    public List<Integer> getReviewLeadDays() {
        return reviewLeadDays;
    }

    public void setReviewLeadDays(List<Integer> reviewLeadDays) {
        this.reviewLeadDays = List.copyOf(reviewLeadDays);
    }

    public int getAcknowledgementAfterDays() {
        return acknowledgementAfterDays;
    }

    public void setAcknowledgementAfterDays(int acknowledgementAfterDays) {
        this.acknowledgementAfterDays = acknowledgementAfterDays;
    }

    /** The longest review lead time: a review due further off than this has no reminder due yet. */
    public int longestReviewLeadDays() {
        return reviewLeadDays.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
