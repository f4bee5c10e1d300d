package org.socialgov.policy.api;

import java.time.LocalDate;

/** The policy's periodic review, due on {@code dueOn}, has not been recorded by the end of that day. */
public record PolicyReviewOverdueEvent(String policyId, String tenant, LocalDate dueOn) {
}
