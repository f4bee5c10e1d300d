package org.socialgov.contract.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A party ends an active contract on the given ground, as of {@code requestedOn}, explaining why. */
public record TerminateContractCommand(@TargetAggregateIdentifier String contractId, ContractActor actor,
                                       ContractParty party, TerminationGround ground, LocalDate requestedOn,
                                       String explanation, @TargetAggregateVersion Long expectedVersion) {
}
