package org.socialgov.contract.api;

import java.time.LocalDate;

import org.socialgov.platform.process.ReminderEvent;

/**
 * A reminder that the renewal cancel-by date is near: notice of non-renewal given by {@code cancelBy} (the last day,
 * counted in {@code daysLeft}) stops the renewal at the end of the term on {@code termEnd}; otherwise it renews.
 */
public record CancelByDateApproachingEvent(String contractId, LocalDate cancelBy, int daysLeft, LocalDate termEnd)
    implements ReminderEvent {
}
