package org.socialgov.contract.api;

import java.util.List;

/** A party formally reviewed the draft's terms against the checklist, with these findings. */
public record ContractDraftReviewedEvent(String contractId, ContractParty party, List<ReviewFinding> findings) {

    public ContractDraftReviewedEvent {
        findings = List.copyOf(findings);
    }
}
