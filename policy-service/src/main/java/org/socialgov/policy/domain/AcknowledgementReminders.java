package org.socialgov.policy.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.socialgov.platform.process.DeadlineReminders;
import org.socialgov.platform.process.Reminder;

/**
 * When a person who has not acknowledged the published version is reminded ("make the policy sink in"): once, when
 * it has been theirs to acknowledge for {@code afterDays} days (14 by default), counted from the day it was published
 * or, for someone who joined the staff later, from the day they joined.
 */
public final class AcknowledgementReminders {

    private static final DeadlineReminders ONCE_OVERDUE = DeadlineReminders.warningsAndPassed(List.of());

    private final int afterDays;

    public AcknowledgementReminders(int afterDays) {
        if (afterDays < 1) {
            throw new IllegalArgumentException("An acknowledgement is overdue after at least one day: " + afterDays);
        }
        this.afterDays = afterDays;
    }

    int afterDays() {
        return afterDays;
    }

    /** The reminder due at {@code now} for a version pending since {@code pendingSince}, unless it is recorded. */
    Optional<Reminder> dueAt(LocalDate pendingSince, Instant now, Set<String> recorded) {
        return ONCE_OVERDUE.dueAt(overdueFrom(pendingSince, afterDays), now, recorded);
    }

    /** The key a recorded reminder is kept by, among the reminders of one version. */
    static String key(LocalDate pendingSince, int afterDays) {
        return new Reminder(overdueFrom(pendingSince, afterDays), null).key();
    }

    /** Names a published version of a policy, whose reminders a staff record keeps apart from other versions'. */
    public static String version(String policyId, int versionNo) {
        return policyId + "/" + versionNo;
    }

    private static Instant overdueFrom(LocalDate pendingSince, int afterDays) {
        return pendingSince.plusDays(afterDays).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
