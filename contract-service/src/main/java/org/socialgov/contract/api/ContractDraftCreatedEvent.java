package org.socialgov.contract.api;

/** A contract draft was created by the client company for a provider. */
public record ContractDraftCreatedEvent(String contractId, String client, String title, Provider provider,
                                        ContractTerms terms) {
}
