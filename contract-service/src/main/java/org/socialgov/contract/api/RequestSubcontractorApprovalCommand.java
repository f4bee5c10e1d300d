package org.socialgov.contract.api;

import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The provider asks to hand the named tasks to a subcontractor. */
public record RequestSubcontractorApprovalCommand(@TargetAggregateIdentifier String contractId, ContractActor actor,
                                                  Subcontractor subcontractor, Set<ContractTask> tasks,
                                                  @TargetAggregateVersion Long expectedVersion) {

    public RequestSubcontractorApprovalCommand {
        tasks = Set.copyOf(tasks);
    }
}
