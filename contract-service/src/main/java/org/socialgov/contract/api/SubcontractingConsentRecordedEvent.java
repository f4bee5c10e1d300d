package org.socialgov.contract.api;

import java.util.List;

/** The client consented in writing to this subcontractor doing these tasks. */
public record SubcontractingConsentRecordedEvent(String contractId, Subcontractor subcontractor,
                                                 List<ContractTask> tasks, WrittenConsent consent) {

    public SubcontractingConsentRecordedEvent {
        tasks = List.copyOf(tasks);
    }
}
