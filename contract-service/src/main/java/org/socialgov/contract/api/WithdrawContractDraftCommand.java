package org.socialgov.contract.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Abandons a draft; it stays on the record but can no longer change or be signed. */
public record WithdrawContractDraftCommand(@TargetAggregateIdentifier String contractId, ContractActor actor,
                                           @TargetAggregateVersion Long expectedVersion) {
}
