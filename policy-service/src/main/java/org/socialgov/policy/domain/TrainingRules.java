package org.socialgov.policy.domain;

import java.util.List;

import org.socialgov.policy.api.Standing;
import org.socialgov.policy.api.TrainingAttendance;

/**
 * Training educates the staff: it counts only for a day the person was on staff (not before they joined, not while
 * they were away), and a session attended on a day is on the record once.
 */
final class TrainingRules {

    private TrainingRules() {
    }

    static void requireOnStaffOn(TrainingAttendance attendance, StandingTimeline timeline) {
        boolean onStaff = timeline.on(attendance.attendedOn()).map(Standing::current).orElse(false);
        if (!onStaff) {
            throw new StaffRecordInvalidException("The person was not on staff on " + attendance.attendedOn()
                + "; training counts only while on staff");
        }
    }

    static void requireNotYetRecorded(TrainingAttendance attendance, List<TrainingAttendance> recorded) {
        boolean again = recorded.stream().anyMatch(earlier -> earlier.title().equals(attendance.title())
            && earlier.attendedOn().equals(attendance.attendedOn()));
        if (again) {
            throw new StaffRecordConflictException("'" + attendance.title() + "' attended on "
                + attendance.attendedOn() + " is already on the record");
        }
    }
}
