package org.socialgov.contract.api;

import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider asks to hand the named tasks to a subcontractor. */
public record RequestSubcontractorApprovalCommand(@TargetAggregateIdentifier String contractId, String client,
                                                  Subcontractor subcontractor, Set<ContractTask> tasks,
                                                  String requestedBy) {

    public RequestSubcontractorApprovalCommand {
        tasks = Set.copyOf(tasks);
    }
}
