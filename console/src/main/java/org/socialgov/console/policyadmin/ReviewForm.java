package org.socialgov.console.policyadmin;

import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;

/** "Record a review": the policy's review dates, the form as typed, and why it was not recorded. */
public record ReviewForm(String policyId, String policyTitle, LocalDate nextReviewDue,
                         @Nullable PolicyRecord.Review lastReview, ReviewInput input, Refusal refusal) {

    public List<String> outcomes() {
        return PolicyAdminChoices.REVIEW_OUTCOMES;
    }
}
