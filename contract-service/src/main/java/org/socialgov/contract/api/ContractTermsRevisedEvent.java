package org.socialgov.contract.api;

/** The terms of a draft were replaced. */
public record ContractTermsRevisedEvent(String contractId, ContractTerms terms) {
}
