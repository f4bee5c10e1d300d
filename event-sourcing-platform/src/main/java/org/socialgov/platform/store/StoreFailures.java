package org.socialgov.platform.store;

import com.mongodb.MongoException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;

/** Tells a failure of the store (unreachable, timed out, connection lost) from every other failure. */
public final class StoreFailures {

    private StoreFailures() {
    }

    public static boolean isStoreFailure(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof EventStoreException || cause instanceof MongoException) {
                return true;
            }
        }
        return false;
    }
}
