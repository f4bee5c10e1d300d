package org.socialgov.platform.idempotency;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.mongodb.MongoException;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles idempotency records the store could not take at the time: the answer of a request that was carried out, or
 * the release of a key whose request failed. Without this, a key whose last write met a store outage stayed "in
 * progress" for good, and every retry with it was refused with 409 after the store was back. Kept in memory only,
 * tried again every second, oldest first.
 */
@Singleton
class DeferredRecordWrites {

    private static final Logger LOG = LoggerFactory.getLogger(DeferredRecordWrites.class);

    private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();

    /** Writes now, or, if the store cannot be reached, as soon as it can. */
    void writeOrDefer(Runnable write) {
        writeOrDefer(write, false);
    }

    /**
     * As above; when the request has just failed because of the store, the write waits for the next round at once,
     * rather than spend another store timeout on the caller's time.
     */
    void writeOrDefer(Runnable write, boolean storeJustFailed) {
        if (storeJustFailed) {
            pending.add(write);
            return;
        }
        try {
            write.run();
        } catch (MongoException unreachable) {
            pending.add(write);
            LOG.warn("An idempotency record could not be written ({}); {} write(s) wait for the store",
                unreachable.getMessage(), pending.size());
        }
    }

    @Scheduled(fixedDelay = "1s")
    void writePending() {
        for (Runnable write = pending.peek(); write != null; write = pending.peek()) {
            try {
                write.run();
            } catch (MongoException stillUnreachable) {
                return;
            }
            pending.remove(write);
        }
    }
}
