package org.socialgov.console.contracts;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /api/contracts/{id}/review}: the 17-point checklist run on the current terms. */
@Serdeable
public record ContractReview(String contractId, long version, boolean signable, List<Finding> findings) {

    @Serdeable
    public record Finding(String code, String severity, String element, String message) {
    }

    public List<Finding> warnings() {
        return findings.stream().filter(finding -> "WARNING".equals(finding.severity())).toList();
    }
}
