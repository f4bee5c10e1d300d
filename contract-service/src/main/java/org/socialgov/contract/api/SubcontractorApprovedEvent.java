package org.socialgov.contract.api;

import java.util.List;

/** The subcontractor may do these tasks; {@code consent} is the client's written consent it rests on, if needed. */
public record SubcontractorApprovedEvent(String contractId, Subcontractor subcontractor, List<ContractTask> tasks,
                                         WrittenConsent consent, String requestedBy) {

    public SubcontractorApprovedEvent {
        tasks = List.copyOf(tasks);
    }
}
