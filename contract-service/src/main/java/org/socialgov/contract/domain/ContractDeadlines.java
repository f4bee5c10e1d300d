package org.socialgov.contract.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.socialgov.contract.api.ContractReminderLeadTimes;
import org.socialgov.platform.process.DeadlineReminders;
import org.socialgov.platform.process.Reminder;

/**
 * The two deadlines of an active contract that its people are reminded of, each a day: the renewal cancel-by date
 * (the last day on which notice of non-renewal stops the renewal; none once notice was given) and the last day of
 * the term. A deadline falls when its day is over (UTC), so a warning goes out when as many days are left as a lead
 * time says, the deadline's own day counted. The cancel-by date also gets a notice once it has passed; the end of
 * the term does not, since the term watch then ends or renews the contract. Each reminder is recorded once per
 * deadline (by its {@link #key key}); a deadline that moves arms its reminders again.
 *
 * @param cancelByReminded the keys of the cancel-by reminders recorded
 * @param termEndReminded  the keys of the term-end reminders recorded
 */
public record ContractDeadlines(LocalDate cancelBy, LocalDate termEnd, Set<String> cancelByReminded,
                                Set<String> termEndReminded) {

    /** Which of the two deadlines. */
    public enum Deadline { CANCEL_BY, TERM_END }

    /** A reminder due: of {@code deadline} falling at the end of {@code day}, with {@code daysLeft}; null if passed. */
    public record Due(Deadline deadline, LocalDate day, Integer daysLeft) {

        public boolean passed() {
            return daysLeft == null;
        }
    }

    /** The reminders due {@code today}, at most one per deadline (the most urgent not yet recorded). */
    public List<Due> dueOn(LocalDate today, ContractReminderLeadTimes leadTimes) {
        List<Due> due = new ArrayList<>();
        if (cancelBy != null) {
            dueOn(Deadline.CANCEL_BY, cancelBy, today, DeadlineReminders.warningsAndPassed(
                DeadlineReminders.days(leadTimes.cancelByDays())), cancelByReminded).ifPresent(due::add);
        }
        if (termEnd != null) {
            dueOn(Deadline.TERM_END, termEnd, today, DeadlineReminders.warningsOnly(
                DeadlineReminders.days(leadTimes.termEndDays())), termEndReminded).ifPresent(due::add);
        }
        return due;
    }

    /** What names the reminder of a deadline's {@code day} with {@code daysLeft} (null: passed) on the record. */
    public static String key(LocalDate day, Integer daysLeft) {
        return new Reminder(falls(day), daysLeft == null ? null : Duration.ofDays(daysLeft)).key();
    }

    private static Optional<Due> dueOn(Deadline deadline, LocalDate day, LocalDate today, DeadlineReminders rule,
                                       Set<String> recorded) {
        Instant now = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        return rule.dueAt(falls(day), now, recorded).map(reminder -> new Due(deadline, day,
            reminder.passed() ? null : Math.toIntExact(reminder.leadTime().toDays())));
    }

    /** The moment a deadline's day is over. */
    private static Instant falls(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
