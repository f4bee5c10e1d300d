package org.socialgov.policy.query;

import java.time.LocalDate;

/** A line of the policy list: which version is published last, and when the policy is next due for review. */
public record PolicySummary(String policyId, String title, Integer latestPublishedVersion, LocalDate nextReviewDue) {

    public boolean reviewOverdue(LocalDate today) {
        return nextReviewDue.isBefore(today);
    }
}
