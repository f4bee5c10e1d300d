package org.socialgov.contract.domain;

import java.time.LocalDate;
import java.util.List;

import org.socialgov.contract.api.ApprovedSubcontractor;
import org.socialgov.contract.api.ContractSignature;
import org.socialgov.contract.api.ContractVersion;
import org.socialgov.contract.api.OpenAmendment;
import org.socialgov.contract.api.ContractTermination;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.Provider;

/** What the contract says right now, as decided by the aggregate; read by queries, never written to. */
public record ContractState(String contractId, String client, ContractStatus status, String title, Provider provider,
                            ContractTerms terms, List<ContractSignature> signatures, LocalDate activeFrom,
                            ContractTermination termination, List<ApprovedSubcontractor> subcontractors,
                            LocalDate nonRenewalNoticeGivenOn, List<ContractVersion> versions,
                            OpenAmendment openAmendment) {

    /** The renewal cancel-by date ({@link RenewalRules#cancelBy}), or null when there is no renewal to cancel. */
    public LocalDate cancelBy() {
        return RenewalRules.cancelBy(terms.term(), status, nonRenewalNoticeGivenOn != null);
    }
}
