package org.socialgov.console.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code GET /api/contracts/{id}} (openapi Contract). The terms stay as the API wrote them, element by element, so
 * that {@link ClauseWords} can put any element in words and the page can set two versions side by side.
 */
@Serdeable
public record Contract(String contractId, long version, String status, String title, Provider provider,
                       Map<String, Object> terms, List<Signature> signatures, @Nullable LocalDate activeFrom,
                       @Nullable Termination termination, @Nullable LocalDate nonRenewalNoticeGivenOn,
                       @Nullable LocalDate cancelBy,
                       @Nullable List<Version> versions, @Nullable OpenAmendment openAmendment,
                       List<Subcontractor> subcontractors) {

    public static final String CLIENT = "CLIENT";
    public static final String PROVIDER = "PROVIDER";

    @Serdeable
    public record Provider(String providerId, String name, String kind) {
    }

    @Serdeable
    public record Signature(String party, String signedBy, String signatoryName, String signatoryRole,
                           Instant signedAt) {
    }

    @Serdeable
    public record Termination(@Nullable String party, @Nullable String ground, LocalDate effectiveOn,
                              List<SurvivingDuty> survivingDuties) {
    }

    @Serdeable
    public record SurvivingDuty(String duty, @Nullable LocalDate until) {
    }

    @Serdeable
    public record Version(int versionNo, LocalDate effectiveFrom) {
    }

    @Serdeable
    public record OpenAmendment(int amendmentNo, String proposedBy, LocalDate effectiveFrom,
                                Map<String, Object> newTerms) {
    }

    @Serdeable
    public record Subcontractor(Company subcontractor, List<String> tasks) {
    }

    @Serdeable
    public record Company(String companyId, String name) {
    }

    public boolean signedBy(String party) {
        return signatures.stream().anyMatch(signature -> signature.party().equals(party));
    }

    public List<Version> versionList() {
        return versions == null ? List.of() : versions;
    }

    /** One element of the terms (e.g. {@code "term"}), if the contract says anything on it. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> element(String key) {
        return terms.get(key) instanceof Map<?, ?> element ? Optional.of((Map<String, Object>) element)
            : Optional.empty();
    }
}
