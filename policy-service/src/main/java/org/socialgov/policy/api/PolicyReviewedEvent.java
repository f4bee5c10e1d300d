package org.socialgov.policy.api;

import java.time.LocalDate;

public record PolicyReviewedEvent(String policyId, String reviewer, LocalDate reviewedOn, ReviewOutcome outcome,
                                  String notes, LocalDate nextReviewDue) {
}
