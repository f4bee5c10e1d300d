package org.socialgov.console.policyadmin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.socialgov.console.employee.PolicyInForce;

/**
 * {@code GET /api/policies/{id}}: the policy with its published versions (oldest first) and its draft, its last
 * review and the next review date. {@code version} is the policy's ETag, sent back as If-Match with a change.
 */
@Serdeable
public record PolicyRecord(String policyId, long version, String title, LocalDate enactedOn, int reviewIntervalMonths,
                           LocalDate nextReviewDue, @Nullable Review lastReview, List<Version> versions) {

    @Serdeable
    public record Version(int versionNo, boolean published, @Nullable LocalDate effectiveFrom,
                          PolicyInForce.Content content) {
    }

    @Serdeable
    public record Review(String reviewer, LocalDate reviewedOn, String outcome, @Nullable String notes,
                         @Nullable LocalDate correctedFrom, @Nullable String correctionReason) {
    }

    public Optional<Version> version(int versionNo) {
        return versions.stream().filter(v -> v.versionNo() == versionNo).findFirst();
    }

    public Optional<Version> draft() {
        return versions.stream().filter(v -> !v.published()).findFirst();
    }

    public Optional<Version> latestPublished() {
        return versions.stream().filter(Version::published).reduce((first, second) -> second);
    }

    /** The number a new draft takes: the one after the last version. */
    public int nextVersionNo() {
        return versions.stream().mapToInt(Version::versionNo).max().orElse(0) + 1;
    }

    /** The If-Match header for a change to the policy as read. */
    public String ifMatch() {
        return "\"" + version + "\"";
    }
}
