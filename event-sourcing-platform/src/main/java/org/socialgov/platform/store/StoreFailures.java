package org.socialgov.platform.store;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
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

    /**
     * Whether the store could not be reached or did not answer in time: a connection that failed or dropped, no
     * server to select, a primary stepping down, a query cut off by its time limit. Trying the same again later can
     * succeed without anyone changing anything. An answer the store gave (a refused write, a malformed document) is not
     * such a failure: it comes back the same however often it is tried.
     */
    public static boolean isUnreachable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoSocketException || cause instanceof MongoTimeoutException
                || cause instanceof MongoExecutionTimeoutException || cause instanceof MongoNotPrimaryException
                || cause instanceof MongoNodeIsRecoveringException
                || cause instanceof MongoConnectionPoolClearedException
                || cause instanceof MongoException mongo
                && (mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                || mongo.hasErrorLabel("RetryableWriteError"))) {
                return true;
            }
        }
        return false;
    }
}
