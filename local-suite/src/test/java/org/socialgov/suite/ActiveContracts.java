package org.socialgov.suite;

import java.util.List;

import org.socialgov.client.contract.ApiException;
import org.socialgov.client.contract.model.AcceptedWarning;
import org.socialgov.client.contract.model.Contract;
import org.socialgov.client.contract.model.ContractParty;
import org.socialgov.client.contract.model.ContractReview;
import org.socialgov.client.contract.model.ReviewFinding;
import org.socialgov.client.contract.model.SignatureRequest;

/** Brings a draft into force through the gateway: each party accepts the review's warnings and signs. */
final class ActiveContracts {

    private ActiveContracts() {
    }

    static Contract signByBothParties(RunningSuite running, String contractId, String managerToken,
                                      String agencyToken) throws ApiException {
        running.contractLifecycle(managerToken).signContract(contractId, new SignatureRequest()
            .party(ContractParty.CLIENT).signatoryName("Hanako Yamada").signatoryRole("Head of Legal")
            .acceptedWarnings(warnings(running.contractReview(managerToken).reviewContract(contractId),
                "Accepted by the board on 2026-11-20, minute 14")), null, null, null);
        return running.contractLifecycle(agencyToken).signContract(contractId, new SignatureRequest()
            .party(ContractParty.PROVIDER).signatoryName("Ken Blue").signatoryRole("CEO")
            .acceptedWarnings(warnings(running.contractReview(agencyToken).reviewContract(contractId),
                "Agreed in negotiation")), null, null, null);
    }

    private static List<AcceptedWarning> warnings(ContractReview review, String justification) {
        return review.getFindings().stream()
            .filter(finding -> finding.getSeverity() == ReviewFinding.SeverityEnum.WARNING)
            .map(finding -> new AcceptedWarning().code(finding.getCode()).justification(justification))
            .toList();
    }
}
