package org.socialgov.contract.domain;

import java.util.List;

import org.socialgov.contract.api.AcceptedWarning;
import org.socialgov.contract.api.FindingSeverity;
import org.socialgov.contract.api.ReviewFinding;

/**
 * A draft with blocking findings cannot be signed; each warning must be accepted by the signing party with a written
 * justification, which goes on the record.
 */
final class SignatureRules {

    private SignatureRules() {
    }

    /** The justifications that answer the review's warnings; refuses the signature if the review does not allow it. */
    static List<AcceptedWarning> requireSignable(List<ReviewFinding> findings, List<AcceptedWarning> offered) {
        List<ReviewFinding> blocking = of(findings, FindingSeverity.BLOCKING);
        if (!blocking.isEmpty()) {
            throw new ContractNotSignableException("The review has blocking findings", blocking);
        }
        List<ReviewFinding> warnings = of(findings, FindingSeverity.WARNING);
        List<AcceptedWarning> accepted = offered.stream()
            .filter(warning -> warnings.stream().anyMatch(finding -> finding.code().equals(warning.code())))
            .filter(warning -> warning.justification() != null && !warning.justification().isBlank())
            .toList();
        List<ReviewFinding> unaccepted = warnings.stream()
            .filter(finding -> accepted.stream().noneMatch(warning -> warning.code().equals(finding.code())))
            .toList();
        if (!unaccepted.isEmpty()) {
            throw new ContractNotSignableException("These warnings need a written justification to be accepted",
                unaccepted);
        }
        return accepted;
    }

    private static List<ReviewFinding> of(List<ReviewFinding> findings, FindingSeverity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).toList();
    }
}
