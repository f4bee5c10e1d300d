package org.socialgov.contract.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialgov.contract.api.ContractTask;
import org.socialgov.contract.api.SubcontractingClause;
import org.socialgov.contract.api.SubcontractingConsentRecordedEvent;
import org.socialgov.contract.api.SubcontractingPolicy;
import org.socialgov.contract.api.WrittenConsent;

/**
 * Whether a provider may hand named tasks to a subcontractor: never when the clause forbids it; freely when it says
 * so; otherwise — with prior written consent, and when the contract is silent — only once the client's written
 * consent to that subcontractor, covering those tasks, is on record.
 */
final class SubcontractingRules {

    private SubcontractingRules() {
    }

    /** The consent the approval rests on (null when none is needed); refuses when the rules do not allow it. */
    static WrittenConsent approve(SubcontractingClause clause, String subcontractorId, Set<ContractTask> tasks,
                                  Map<String, SubcontractingConsentRecordedEvent> consents) {
        SubcontractingPolicy policy = clause == null ? SubcontractingPolicy.PRIOR_WRITTEN_CONSENT : clause.policy();
        if (policy == SubcontractingPolicy.FORBIDDEN) {
            throw new SubcontractingRefusedException("The contract forbids subcontracting");
        }
        if (policy == SubcontractingPolicy.FREE) {
            return null;
        }
        SubcontractingConsentRecordedEvent consent = consents.get(subcontractorId);
        Set<ContractTask> uncovered = EnumSet.noneOf(ContractTask.class);
        uncovered.addAll(tasks);
        if (consent != null) {
            consent.tasks().forEach(uncovered::remove);
        }
        if (!uncovered.isEmpty()) {
            throw new SubcontractingRefusedException("Subcontracting needs the client's prior written consent to '"
                + subcontractorId + "' for " + List.copyOf(uncovered) + "; record the consent first");
        }
        return consent.consent();
    }
}
