package org.socialgov.contract.api;

/** A draft was abandoned before signature. */
public record ContractDraftWithdrawnEvent(String contractId) {
}
