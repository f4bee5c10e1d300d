package org.socialgov.contract.api;

import java.time.LocalDate;

import org.socialgov.platform.process.ReminderEvent;

/**
 * A reminder that the renewal cancel-by date {@code cancelBy} passed without notice of non-renewal: the contract
 * renews at the end of its term on {@code termEnd}.
 */
public record CancelByDatePassedEvent(String contractId, LocalDate cancelBy, LocalDate termEnd)
    implements ReminderEvent {
}
