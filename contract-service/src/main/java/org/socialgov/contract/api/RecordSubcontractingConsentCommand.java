package org.socialgov.contract.api;

import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The client records its written consent to a named subcontractor for named tasks. */
public record RecordSubcontractingConsentCommand(@TargetAggregateIdentifier String contractId, ContractActor actor,
                                                 Subcontractor subcontractor, Set<ContractTask> tasks,
                                                 WrittenConsent consent, @TargetAggregateVersion Long expectedVersion) {

    public RecordSubcontractingConsentCommand {
        tasks = Set.copyOf(tasks);
    }
}
