package org.socialgov.console.employee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /api/policies/in-force}: the policy in force as the caller reads it, and the caller's acknowledgements. */
@Serdeable
public record PolicyInForce(String policyId, String title, String personId, String standing, Version version,
                            boolean acknowledged, List<OwnAcknowledgement> acknowledgements) {

    @Serdeable
    public record Version(int versionNo, @Nullable LocalDate effectiveFrom, Content content) {
    }

    @Serdeable
    public record Content(List<String> purposes, @Nullable String officialStatementNote,
                          @Nullable String questionsHandling, boolean personalUseWelcome, List<Guideline> guidelines) {
    }

    @Serdeable
    public record Guideline(int number, String title, String text, String category, boolean survivesDeparture) {
    }

    @Serdeable
    public record OwnAcknowledgement(int versionNo, Instant acknowledgedAt, @Nullable String channel) {
    }

    /** The caller's acknowledgement of the version in force, if given. */
    public Optional<OwnAcknowledgement> acknowledgementOfVersionInForce() {
        return acknowledgements.stream().filter(ack -> ack.versionNo() == version.versionNo()).findFirst();
    }
}
