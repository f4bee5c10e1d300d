package org.socialgov.contract.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A party tells the other that the contract must not renew itself at the end of its term. */
public record GiveNonRenewalNoticeCommand(@TargetAggregateIdentifier String contractId, ContractActor actor,
                                          ContractParty party, LocalDate givenOn,
                                          @TargetAggregateVersion Long expectedVersion) {
}
