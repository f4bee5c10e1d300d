package org.socialgov.contract.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A party formally reviews the draft against the checklist; the findings go on the record. */
public record ReviewContractDraftCommand(@TargetAggregateIdentifier String contractId, ContractActor actor,
                                         ContractParty party, @TargetAggregateVersion Long expectedVersion) {
}
