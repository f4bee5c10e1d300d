package org.socialgov.contract.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Asks to transfer a party's position, rights and duties to another company, with the counterparty's written
 * consent if it was given ({@code consent} null: none).
 */
public record RequestAssignmentCommand(@TargetAggregateIdentifier String contractId, ContractActor actor,
                                       ContractParty party, Assignee assignee, WrittenConsent consent,
                                       @TargetAggregateVersion Long expectedVersion) {
}
