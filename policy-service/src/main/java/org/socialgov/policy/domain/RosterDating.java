package org.socialgov.policy.domain;

import java.time.LocalDate;

/**
 * The roster is a record of what has happened, dated in order: nothing is dated after the day it is recorded (a
 * planned promotion is recorded when it takes effect), and nothing is dated before the current standing began,
 * since the compliance report reads who was bound when from these dates.
 */
final class RosterDating {

    private RosterDating() {
    }

    static void requireHappened(String what, LocalDate day, LocalDate recordedOn) {
        if (day.isAfter(recordedOn)) {
            throw new StaffRecordInvalidException("The " + what + " is dated " + day + ", after today ("
                + recordedOn + "); the roster records what has happened");
        }
    }

    static void requireNotBeforeCurrentStanding(String what, LocalDate day, StandingTimeline timeline) {
        StandingPeriod current = timeline.latest();
        if (day.isBefore(current.since())) {
            throw new StaffRecordInvalidException("The " + what + " is dated " + day + ", before the current standing "
                + current.standing() + " began on " + current.since());
        }
    }
}
