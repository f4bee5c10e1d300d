package org.socialgov.policy.domain;

import org.socialgov.policy.api.Standing;

/**
 * How a person's standing may move: one joins (or rejoins) and changes between the standings of people on staff;
 * one becomes a former employee only by leaving, and leaves only while on staff.
 */
final class StandingRules {

    private StandingRules() {
    }

    /** Joining, rejoining and changing standing all lead to a standing on staff; leaving is its own record. */
    static void requireStandingOnStaff(Standing standing) {
        if (!standing.current()) {
            throw new StaffRecordInvalidException("Nobody joins or moves to " + standing
                + "; record the person's departure instead");
        }
    }

    static void requireChange(StandingPeriod current, Standing requested) {
        if (current.standing() == requested) {
            throw new StaffRecordConflictException("The person is already " + requested + " since "
                + current.since());
        }
    }

    static void requireOnStaff(StandingPeriod current) {
        if (!current.standing().current()) {
            throw new StaffRecordConflictException("The person already left on " + current.since()
                + "; they can leave again only after rejoining");
        }
    }
}
