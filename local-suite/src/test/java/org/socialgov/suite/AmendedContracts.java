package org.socialgov.suite;

import java.time.LocalDate;

import org.socialgov.client.contract.ApiException;
import org.socialgov.client.contract.model.AmendmentDecisionRequest;
import org.socialgov.client.contract.model.AmendmentRequest;
import org.socialgov.client.contract.model.ContractParty;
import org.socialgov.client.contract.model.ContractTerms;
import org.socialgov.client.contract.model.DamagesClause;

/** A contract with a history worth auditing: drafted, signed by both parties, then amended to cap the damages. */
public final class AmendedContracts {

    private AmendedContracts() {
    }

    /** Answers the id of a new contract of the tenant, in force, whose damages an accepted amendment capped. */
    public static String cappedDamages(RunningSuite running, String tenant) throws ApiException {
        String manager = running.token("carla", tenant, "CONTRACT_MANAGER");
        String agency = running.token("agency-blue", tenant, "AGENCY");
        String contractId = running.contracts(manager).createContractDraft(ContractDrafts.operations2027(), null, null)
            .getContractId();
        ActiveContracts.signByBothParties(running, contractId, manager, agency);
        ContractTerms capped = ContractDrafts.operations2027().getTerms()
            .damages(new DamagesClause().cap(DamagesClause.CapEnum.MONTHS_OF_FEES).months(6));
        running.contractAmendments(agency).proposeAmendment(contractId, new AmendmentRequest()
            .party(ContractParty.PROVIDER).effectiveFrom(LocalDate.of(2027, 4, 1)).newTerms(capped), null, null, null);
        running.contractAmendments(manager).decideAmendment(contractId, 1, new AmendmentDecisionRequest()
            .party(ContractParty.CLIENT).decision(AmendmentDecisionRequest.DecisionEnum.ACCEPT), null, null, null);
        return contractId;
    }
}
