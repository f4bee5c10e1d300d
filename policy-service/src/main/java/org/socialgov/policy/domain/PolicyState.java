package org.socialgov.policy.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.socialgov.policy.api.Acknowledgement;
import org.socialgov.policy.api.PolicyContent;
import org.socialgov.policy.api.PublishedVersion;
import org.socialgov.policy.api.ReviewOutcome;

/** A read of the policy as its aggregate holds it: drafts, published versions, reviews and acknowledgements. */
public record PolicyState(String policyId, String tenant, String title, LocalDate enactedOn, int reviewIntervalMonths,
                          Integer draftNo, PolicyContent draft, List<PublishedVersion> published,
                          Map<Integer, List<Acknowledgement>> acknowledgements, LastReview lastReview,
                          LocalDate nextReviewDue) {

    /** The published version in force on a date: the latest whose effective date has come. */
    public Optional<PublishedVersion> inForceOn(LocalDate date) {
        return published.stream().filter(version -> !version.effectiveFrom().isAfter(date))
            .reduce((earlier, later) -> later);
    }

    public Optional<PublishedVersion> publishedVersion(int versionNo) {
        return published.stream().filter(version -> version.versionNo() == versionNo).findFirst();
    }

    public List<Acknowledgement> acknowledgementsOf(int versionNo) {
        return acknowledgements.getOrDefault(versionNo, List.of());
    }

    /** The last review; when its date was corrected, the date first recorded and the correction's reason. */
    public record LastReview(String reviewer, LocalDate reviewedOn, ReviewOutcome outcome, String notes,
                             LocalDate correctedFrom, String correctionReason) {

        LastReview correctedTo(LocalDate correctedOn, LocalDate recordedAs, String reason) {
            return new LastReview(reviewer, correctedOn, outcome, notes, recordedAs, reason);
        }
    }
}
