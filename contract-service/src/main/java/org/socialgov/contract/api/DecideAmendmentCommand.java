package org.socialgov.contract.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A party accepts, rejects or (as proposer) withdraws an open amendment, with an optional reason. */
public record DecideAmendmentCommand(@TargetAggregateIdentifier String contractId, ContractActor actor,
                                     int amendmentNo, ContractParty party, AmendmentDecision decision, String reason,
                                     @TargetAggregateVersion Long expectedVersion) {
}
