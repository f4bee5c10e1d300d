package org.socialgov.policy.domain;

/**
 * Whom the policy binds and asks to acknowledge each published version: the people on the company's staff roster
 * who are on staff now (officers, employees, non-regular staff). Someone the roster does not know is not bound by
 * it, and people who have left are no longer asked to acknowledge it (they stay bound only by the rules that
 * survive departure); both are refused rather than recorded, since the compliance report, which is built from the
 * roster, would count their acknowledgements nowhere. The roster decides, as each person's record holds it now.
 */
public final class BoundStaff {

    private BoundStaff() {
    }

    /** The person's record, when the policy binds them now. */
    public static StaffMemberState require(String tenant, String personId, StaffRecords staff) {
        StaffMemberState person = staff.find(tenant, personId).orElseThrow(() -> new NotOnStaffException(
            "'" + personId + "' is not on the company's staff roster: the policy binds the people on it, who read and "
                + "acknowledge it; a compliance officer registers you"));
        if (!person.standing().current()) {
            throw new NotOnStaffException("'" + personId + "' left the company on " + person.since()
                + ": people who have left are no longer asked to acknowledge the policy and stay bound only by the "
                + "rules that survive departure");
        }
        return person;
    }
}
