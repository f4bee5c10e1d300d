package org.socialgov.contract.api;

import java.time.LocalDate;

import org.socialgov.platform.process.ReminderEvent;

/**
 * A reminder that the contract's term ends on {@code termEnd} (its last day, counted in {@code daysLeft}); whether it
 * then {@code renews} or expires, as the contract stood when reminded.
 */
public record TermEndApproachingEvent(String contractId, LocalDate termEnd, int daysLeft, boolean renews)
    implements ReminderEvent {
}
