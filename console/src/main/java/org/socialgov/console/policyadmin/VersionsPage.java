package org.socialgov.console.policyadmin;

import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;

/**
 * "Policy versions": the company's policy (none before it is started), its versions newest first with where each
 * stands, its review dates, and what the last form did.
 */
public record VersionsPage(@Nullable PolicyRecord policy, @Nullable PolicySummary summary, List<Row> rows,
                           @Nullable String notice) {

    public record Row(int versionNo, String state, @Nullable LocalDate effectiveFrom, int rules) {
    }

    public boolean hasDraft() {
        return policy != null && policy.draft().isPresent();
    }
}
