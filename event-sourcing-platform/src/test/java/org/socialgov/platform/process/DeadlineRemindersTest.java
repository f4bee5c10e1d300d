package org.socialgov.platform.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DeadlineRemindersTest {

    private static final Instant DEADLINE = Instant.parse("2027-03-31T00:00:00Z");
    private static final DeadlineReminders NINETY_THIRTY_SEVEN =
        DeadlineReminders.warningsAndPassed(DeadlineReminders.days(List.of(7, 90, 30)));

    private static Instant daysBefore(int days) {
        return DEADLINE.minus(Duration.ofDays(days));
    }

    private static String key(int daysBefore) {
        return new Reminder(DEADLINE, Duration.ofDays(daysBefore)).key();
    }

    @Test
    void givenNoWarningReached_whenAsked_thenNothingIsDue() {
        assertEquals(Optional.empty(), NINETY_THIRTY_SEVEN.dueAt(DEADLINE, daysBefore(91), Set.of()));
    }

    @Test
    void givenTheFirstLeadTimeReached_whenAsked_thenItsWarningIsDue() {
        assertEquals(Optional.of(new Reminder(DEADLINE, Duration.ofDays(90))),
            NINETY_THIRTY_SEVEN.dueAt(DEADLINE, daysBefore(90), Set.of()));
    }

    @Test
    void givenTheWarningRecorded_whenAskedAgain_thenNothingIsDue() {
        assertEquals(Optional.empty(), NINETY_THIRTY_SEVEN.dueAt(DEADLINE, daysBefore(60), Set.of(key(90))));
    }

    @Test
    void givenTheNextLeadTimeReached_whenAsked_thenTheNextWarningIsDue() {
        assertEquals(Optional.of(new Reminder(DEADLINE, Duration.ofDays(30))),
            NINETY_THIRTY_SEVEN.dueAt(DEADLINE, daysBefore(29), Set.of(key(90))));
    }

    @Test
    void givenTheWatchLateBySeveralLeadTimes_whenAsked_thenOnlyTheMostUrgentWarningIsDue() {
        assertEquals(Optional.of(new Reminder(DEADLINE, Duration.ofDays(7))),
            NINETY_THIRTY_SEVEN.dueAt(DEADLINE, daysBefore(3), Set.of()));
    }

    @Test
    void givenAMoreUrgentWarningRecorded_whenAnEarlierOneIsReached_thenItIsNotDueAnyMore() {
        assertEquals(Optional.empty(), NINETY_THIRTY_SEVEN.dueAt(DEADLINE, daysBefore(3), Set.of(key(7))));
    }

    @Test
    void givenTheDeadlinePassed_whenAsked_thenTheNoticeThatItPassedIsDueOnce() {
        Reminder passed = new Reminder(DEADLINE, null);
        assertEquals(Optional.of(passed), NINETY_THIRTY_SEVEN.dueAt(DEADLINE, DEADLINE, Set.of(key(7))));
        assertTrue(passed.passed());
        assertEquals(Optional.empty(), NINETY_THIRTY_SEVEN.dueAt(DEADLINE, DEADLINE.plusSeconds(60),
            Set.of(passed.key())));
    }

    @Test
    void givenWarningsOnly_whenTheDeadlinePassed_thenNothingIsDue() {
        DeadlineReminders warningsOnly = DeadlineReminders.warningsOnly(DeadlineReminders.days(List.of(30)));
        assertEquals(Optional.empty(), warningsOnly.dueAt(DEADLINE, DEADLINE.plusSeconds(1), Set.of()));
    }

    @Test
    void givenTheDeadlineMoved_whenItsLeadTimeIsReached_thenItsWarningIsDueAgain() {
        Instant moved = DEADLINE.plus(Duration.ofDays(365));
        assertEquals(Optional.of(new Reminder(moved, Duration.ofDays(90))),
            NINETY_THIRTY_SEVEN.dueAt(moved, moved.minus(Duration.ofDays(89)), Set.of(key(90), key(30))));
    }

    @Test
    void givenLeadTimesInHours_whenReached_thenTheWarningIsDue() {
        DeadlineReminders triage = DeadlineReminders.warningsAndPassed(List.of(Duration.ofHours(1)));
        assertEquals(Optional.of(new Reminder(DEADLINE, Duration.ofHours(1))),
            triage.dueAt(DEADLINE, DEADLINE.minus(Duration.ofMinutes(59)), Set.of()));
    }

    @Test
    void givenALeadTimeOfZero_whenConfigured_thenItIsRefused() {
        assertThrows(IllegalArgumentException.class,
            () -> DeadlineReminders.warningsAndPassed(List.of(Duration.ZERO)));
    }
}
