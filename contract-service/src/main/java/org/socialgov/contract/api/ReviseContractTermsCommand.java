package org.socialgov.contract.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replaces the terms of a draft. {@code expectedVersion} (from If-Match; null: any) refuses the change if someone
 * changed the contract since the caller read it.
 */
public record ReviseContractTermsCommand(@TargetAggregateIdentifier String contractId, ContractActor actor,
                                         ContractTerms terms, @TargetAggregateVersion Long expectedVersion) {
}
