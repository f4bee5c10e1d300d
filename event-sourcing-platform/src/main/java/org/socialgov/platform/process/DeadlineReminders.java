package org.socialgov.platform.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When the reminders of a deadline are due: a warning at each lead time before it and, if asked for, a notice once it
 * has passed. Each is recorded once. A watch that looks late (the service was down, or the deadline was set when its
 * first warnings were already past) records only the most urgent reminder due: an older warning would say less than
 * the one that replaces it, and a row of them at once would only be noise.
 */
public final class DeadlineReminders {

    private final List<Duration> leadTimes;
    private final boolean remindWhenPassed;

    private DeadlineReminders(List<Duration> leadTimes, boolean remindWhenPassed) {
        if (leadTimes.stream().anyMatch(lead -> lead.isNegative() || lead.isZero())) {
            throw new IllegalArgumentException("A reminder's lead time must be positive: " + leadTimes);
        }
        this.leadTimes = leadTimes.stream().sorted(Comparator.naturalOrder()).distinct().toList();
        this.remindWhenPassed = remindWhenPassed;
    }

    /** Warnings at the given lead times, and a notice once the deadline has passed. */
    public static DeadlineReminders warningsAndPassed(List<Duration> leadTimes) {
        return new DeadlineReminders(leadTimes, true);
    }

    /** Warnings at the given lead times only. */
    public static DeadlineReminders warningsOnly(List<Duration> leadTimes) {
        return new DeadlineReminders(leadTimes, false);
    }

    /** Lead times given in whole days, as the settings state them (e.g. 90, 30 and 7 days before). */
    public static List<Duration> days(List<Integer> days) {
        return days.stream().map(Duration::ofDays).toList();
    }

    /**
     * The reminder due at {@code now} for a deadline at {@code deadline}, unless it, or a more urgent one, is among
     * {@code recorded} (the keys of the reminders already on the record).
     */
    public Optional<Reminder> dueAt(Instant deadline, Instant now, Set<String> recorded) {
        Optional<Reminder> mostUrgent = mostUrgentReached(deadline, now);
        if (mostUrgent.isEmpty() || recordedThisOrLater(mostUrgent.get(), recorded)) {
            return Optional.empty();
        }
        return mostUrgent;
    }

    private Optional<Reminder> mostUrgentReached(Instant deadline, Instant now) {
        if (!now.isBefore(deadline)) {
            if (remindWhenPassed) {
                return Optional.of(new Reminder(deadline, null));
            }
            return Optional.empty();
        }
        // Shortest lead time first: the first one reached is the most urgent.
        return leadTimes.stream()
            .filter(lead -> !now.isBefore(deadline.minus(lead)))
            .findFirst()
            .map(lead -> new Reminder(deadline, lead));
    }

    private boolean recordedThisOrLater(Reminder due, Set<String> recorded) {
        if (recorded.contains(due.key())) {
            return true;
        }
        if (recorded.contains(new Reminder(due.deadline(), null).key())) {
            return true;
        }
        return !due.passed() && leadTimes.stream()
            .filter(lead -> lead.compareTo(due.leadTime()) < 0)
            .anyMatch(shorter -> recorded.contains(new Reminder(due.deadline(), shorter).key()));
    }
}
