package org.socialgov.contract.api;

import java.time.Instant;
import java.util.List;

/** One party signed the draft as it stood, accepting these review warnings with these justifications. */
public record ContractSignedByPartyEvent(String contractId, ContractParty party, String signedBy, Signatory signatory,
                                         Instant signedAt, List<AcceptedWarning> acceptedWarnings) {

    public ContractSignedByPartyEvent {
        acceptedWarnings = List.copyOf(acceptedWarnings);
    }
}
