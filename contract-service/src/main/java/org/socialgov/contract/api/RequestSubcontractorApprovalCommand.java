package org.socialgov.contract.api;

import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The provider asks to hand the named tasks to a subcontractor. */
public record RequestSubcontractorApprovalCommand(@TargetAggregateIdentifier String contractId, String client,
                                                  Subcontractor subcontractor, Set<ContractTask> tasks,
                                                  String requestedBy, @TargetAggregateVersion Long expectedVersion) {

    public RequestSubcontractorApprovalCommand {
        tasks = Set.copyOf(tasks);
    }
}
