package org.socialgov.contract.api;

import java.util.List;

/** A subcontractor working under the contract, on these tasks. */
public record ApprovedSubcontractor(Subcontractor subcontractor, List<ContractTask> tasks) {

    public ApprovedSubcontractor {
        tasks = List.copyOf(tasks);
    }
}
