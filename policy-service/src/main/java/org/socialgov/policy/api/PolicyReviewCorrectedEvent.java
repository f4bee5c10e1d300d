package org.socialgov.policy.api;

import java.time.LocalDate;

/**
 * The last review's date was corrected from {@code recordedAs} to {@code reviewedOn}, by whom and why; the next
 * review is due one interval after the corrected date.
 */
public record PolicyReviewCorrectedEvent(String policyId, String correctedBy, LocalDate recordedAs,
                                         LocalDate reviewedOn, String reason, LocalDate nextReviewDue) {
}
