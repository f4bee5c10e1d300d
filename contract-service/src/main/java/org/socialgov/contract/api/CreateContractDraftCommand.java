package org.socialgov.contract.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts a contract between the client company (the actor's) and a provider, as a draft. */
public record CreateContractDraftCommand(@TargetAggregateIdentifier String contractId, ContractActor actor,
                                         String title, Provider provider, ContractTerms terms) {
}
