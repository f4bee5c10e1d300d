package org.socialgov.policy.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.socialgov.platform.process.DeadlineReminders;
import org.socialgov.platform.process.Reminder;

/**
 * When the compliance officer is reminded of the policy's periodic review: at each lead time before it falls overdue
 * (30 and 7 days by default), and once when it has. A review is due on a day and overdue from the next, as the
 * overdue list counts, so the deadline is the start of the day after the due day (UTC) and a 7-day warning leaves
 * 7 days to review, the due day included. A review recorded or corrected moves the due day and arms them again.
 */
public final class ReviewReminders {

    private final DeadlineReminders reminders;

    public ReviewReminders(List<Integer> leadDays) {
        this.reminders = DeadlineReminders.warningsAndPassed(DeadlineReminders.days(leadDays));
    }

    /** The reminder due at {@code now} of a review due on {@code dueOn}, unless it or a more urgent one is recorded. */
    Optional<Reminder> dueAt(LocalDate dueOn, Instant now, Set<String> recorded) {
        return reminders.dueAt(overdueFrom(dueOn), now, recorded);
    }

    /** The key a recorded reminder is kept by: {@code daysLeft} null for the notice that the review is overdue. */
    static String key(LocalDate dueOn, Integer daysLeft) {
        return new Reminder(overdueFrom(dueOn), daysLeft == null ? null : Duration.ofDays(daysLeft)).key();
    }

    private static Instant overdueFrom(LocalDate dueOn) {
        return dueOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
