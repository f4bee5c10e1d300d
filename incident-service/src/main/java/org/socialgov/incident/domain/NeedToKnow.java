package org.socialgov.incident.domain;

import org.socialgov.platform.identity.RequestIdentity;
import org.socialgov.platform.identity.Roles;

/**
 * Who may read an incident, and with how much of the personal data in it (the author's handle, the excerpt, the
 * follow-up notes). The managing department reads everything, and each such read is recorded; auditors read the
 * tenant's incidents with the personal data redacted (they check the handling, not the people); a reporter reads
 * the incidents whose post they reported, the first reporter as they wrote it, later reporters redacted; anyone else
 * is not told that the incident exists.
 */
public final class NeedToKnow {

    /** How much of an incident a caller may see. */
    public enum Access {
        NONE,
        REDACTED,
        /** As written, by the person who wrote it: nothing is disclosed that they did not give. */
        OWN_REPORT,
        /** As written, by someone else: the read is recorded on the incident before the data is shown. */
        UNREDACTED_RECORDED
    }

    private NeedToKnow() {
    }

    public static Access of(RequestIdentity caller, IncidentState incident) {
        if (!incident.tenant().equals(caller.tenant())) {
            return Access.NONE;
        }
        if (caller.hasRole(Roles.COMPLIANCE_OFFICER)) {
            return Access.UNREDACTED_RECORDED;
        }
        if (caller.hasRole(Roles.AUDITOR)) {
            return Access.REDACTED;
        }
        if (incident.reporter().actor().equals(caller.actor())) {
            return Access.OWN_REPORT;
        }
        return incident.reportedBy(caller.actor()) ? Access.REDACTED : Access.NONE;
    }
}
