package org.socialgov.incident.domain;

import org.socialgov.incident.api.Severity;

/**
 * Triaging an incident at another severity than the rules suggest overrules them: the reason must be on the record.
 * A blank reason is none.
 */
final class SeverityOverrule {

    private SeverityOverrule() {
    }

    /** The reason as recorded (stripped; null if none), once it is clear that a reason given is not missing. */
    static String requireReason(Severity suggested, Severity chosen, String reason) {
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        if (chosen != suggested && given == null) {
            throw new IncidentRuleViolationException("The rules suggest " + suggested + "; triaging it as " + chosen
                + " overrules them and needs a reason (severityReason)");
        }
        return given;
    }
}
