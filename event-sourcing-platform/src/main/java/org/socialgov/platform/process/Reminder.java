package org.socialgov.platform.process;

import java.time.Duration;
import java.time.Instant;

/**
 * One reminder of a deadline: a warning some lead time before it, or the notice that it has passed.
 *
 * @param deadline the moment the deadline falls
 * @param leadTime how long before the deadline the warning is due; null for the notice that it has passed
 */
public record Reminder(Instant deadline, Duration leadTime) {

    public boolean passed() {
        return leadTime == null;
    }

    /**
     * What names this reminder on the record, unique per deadline and stage: a deadline that moves (a renewal, a
     * new severity) arms its reminders again.
     */
    public String key() {
        return deadline + "/" + (passed() ? "passed" : leadTime.toString());
    }
}
