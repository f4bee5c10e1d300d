package org.socialgov.contract.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A party accepts, rejects or (as proposer) withdraws an open amendment, with an optional reason. */
public record DecideAmendmentCommand(@TargetAggregateIdentifier String contractId, String client, int amendmentNo,
                                     ContractParty party, String decidedBy, AmendmentDecision decision, String reason,
                                     @TargetAggregateVersion Long expectedVersion) {
}
