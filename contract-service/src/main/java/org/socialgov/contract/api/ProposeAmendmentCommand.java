package org.socialgov.contract.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A party proposes new terms for an active contract, to take effect from a date once the other party accepts. */
public record ProposeAmendmentCommand(@TargetAggregateIdentifier String contractId, ContractActor actor,
                                      ContractParty party, ContractTerms newTerms, LocalDate effectiveFrom,
                                      @TargetAggregateVersion Long expectedVersion) {
}
