package org.socialgov.platform.projection;

import org.axonframework.eventhandling.EventMessage;

/**
 * A read-model write the store refused when a batch's writes were written together: names the event whose change it
 * was, so that a failure is told against that event rather than the last of the batch.
 */
public class ReadModelWriteException extends RuntimeException {

    private final transient EventMessage<?> event;

    ReadModelWriteException(EventMessage<?> event, String readModel, Throwable cause) {
        super("The write to " + readModel + " was refused: " + cause.getMessage(), cause);
        this.event = event;
    }

    /** The event whose change was refused; null when it was written outside a processor. */
    public EventMessage<?> event() {
        return event;
    }
}
