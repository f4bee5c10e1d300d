package org.socialgov.platform.process;

import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;

/**
 * What refuses a write sent with the version its client read (If-Match): any event recorded since then, except the
 * reminders of the deadline watches. A reminder changes nothing the client decided on, and a contract manager whose
 * update met "412, changed since you read it" only because the calendar reached a cancel-by warning would read
 * again and find nothing to reconsider.
 */
public final class ChangesSinceRead {

    private ChangesSinceRead() {
    }

    /** Refuses the command (412) if anything but reminders was recorded since the version the client read. */
    public static void requireNoneSinceRead(ConflictResolver changesSinceRead) {
        changesSinceRead.detectConflicts(ChangesSinceRead::changeAnything);
    }

    static boolean changeAnything(List<? extends DomainEventMessage<?>> events) {
        return events.stream().anyMatch(event -> !(event.getPayload() instanceof ReminderEvent));
    }
}
