package org.socialgov.contract.domain;

import java.util.List;

import org.socialgov.contract.api.AmendmentDecision;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.FindingSeverity;
import org.socialgov.contract.api.OpenAmendment;
import org.socialgov.contract.api.ReviewFinding;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * Amendments need the written agreement of both parties: one proposes, the other accepts or rejects, the proposer
 * may withdraw; one amendment is open at a time; amended terms with blocking review findings are refused.
 */
final class AmendmentRules {

    private AmendmentRules() {
    }

    static void requireNoneOpen(OpenAmendment open) {
        if (open != null) {
            throw new ContractStateConflictException("Amendment " + open.amendmentNo()
                + " is still open; it must be accepted, rejected or withdrawn first");
        }
    }

    static void requireNoBlockingFindings(List<ReviewFinding> findings) {
        List<ReviewFinding> blocking = findings.stream()
            .filter(finding -> finding.severity() == FindingSeverity.BLOCKING).toList();
        if (!blocking.isEmpty()) {
            throw new ContractNotSignableException("The amended terms have blocking findings", blocking);
        }
    }

    /** The open amendment numbered {@code amendmentNo}, if the deciding party may make this decision on it. */
    static OpenAmendment requireDecidable(OpenAmendment open, int amendmentNo, ContractParty party,
                                          AmendmentDecision decision) {
        if (open == null || open.amendmentNo() != amendmentNo) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No open amendment " + amendmentNo);
        }
        boolean proposer = open.proposedByParty() == party;
        if (decision == AmendmentDecision.WITHDRAW && !proposer) {
            throw new ContractStateConflictException("Only the party that proposed amendment " + amendmentNo
                + " can withdraw it");
        }
        if (decision != AmendmentDecision.WITHDRAW && proposer) {
            throw new ContractStateConflictException("Amendment " + amendmentNo + " needs the other party's decision;"
                + " its proposer can only withdraw it");
        }
        return open;
    }
}
