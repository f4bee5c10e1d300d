package org.socialgov.console.policyadmin;

import java.time.LocalDate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One entry of {@code GET /api/policies}: the company's policy with its review dates. */
@Serdeable
public record PolicySummary(String policyId, String title, @Nullable Integer latestPublishedVersion,
                            LocalDate nextReviewDue, boolean reviewOverdue) {
}
