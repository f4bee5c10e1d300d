package org.socialgov.contract.domain;

import java.util.Optional;

import org.socialgov.contract.api.AssignmentClause;
import org.socialgov.contract.api.WrittenConsent;

/**
 * Neither party may transfer its position, rights or duties while assignment is prohibited, unless the counterparty
 * consented in writing. A contract silent on assignment is read the safe way: consent is needed.
 */
final class AssignmentProhibition {

    private AssignmentProhibition() {
    }

    /** Why the assignment must be refused, or empty if it may proceed. */
    static Optional<String> refusal(AssignmentClause clause, WrittenConsent consent) {
        boolean consentNeeded = clause == null || clause.prohibited();
        if (!consentNeeded || isComplete(consent)) {
            return Optional.empty();
        }
        return Optional.of(clause == null
            ? "The contract is silent on assignment, and no written consent of the counterparty is on record"
            : "Assignment is prohibited by the contract, and no written consent of the counterparty is on record");
    }

    private static boolean isComplete(WrittenConsent consent) {
        return consent != null && consent.date() != null && notBlank(consent.reference())
            && notBlank(consent.signatory());
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
