package org.socialgov.incident.domain;

import org.socialgov.incident.api.IncidentStatus;

/**
 * When two incidents may become one story. The survivor must be another incident of the same company that is still
 * being handled: one already merged would make a chain to follow, and a closed one would bury the merged report
 * unhandled (reopen it first).
 */
public final class MergeRules {

    private MergeRules() {
    }

    public static void require(String incidentId, String survivorId, IncidentStatus survivorStatus) {
        if (incidentId.equals(survivorId)) {
            throw new IncidentRuleViolationException("An incident cannot be merged into itself");
        }
        if (survivorStatus == null) {
            throw new IncidentRuleViolationException("No incident '" + survivorId + "' to merge into");
        }
        if (survivorStatus == IncidentStatus.MERGED) {
            throw new IncidentRuleViolationException("Incident '" + survivorId
                + "' was itself merged; merge into the incident it was merged into");
        }
        if (survivorStatus == IncidentStatus.CLOSED) {
            throw new IncidentRuleViolationException("Incident '" + survivorId + "' is closed; reopen it first");
        }
    }
}
