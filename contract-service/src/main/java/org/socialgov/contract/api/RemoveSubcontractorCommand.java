package org.socialgov.contract.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A party ends a subcontractor's part in the work. */
public record RemoveSubcontractorCommand(@TargetAggregateIdentifier String contractId, ContractActor actor,
                                         ContractParty party, String subcontractorId,
                                         @TargetAggregateVersion Long expectedVersion) {
}
