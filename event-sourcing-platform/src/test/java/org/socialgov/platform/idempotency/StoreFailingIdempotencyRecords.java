package org.socialgov.platform.idempotency;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.bson.Document;

/**
 * The idempotency records of a store that goes away at a chosen moment of the next request, once: right after it took
 * the claim but before it acknowledged it, or while the claimed request reads the store before running.
 */
@Singleton
@Replaces(IdempotencyRecords.class)
@Requires(property = "test.store-fails-around-claims", value = "true")
class StoreFailingIdempotencyRecords extends IdempotencyRecords {

    enum Moment { CLAIM_ACKNOWLEDGEMENT, FIRST_READ_AFTER_CLAIM }

    private final AtomicReference<Moment> armed = new AtomicReference<>();

    StoreFailingIdempotencyRecords(MongoDatabase database,
                                   @Value("${socialgov.idempotency.abandoned-after:30s}") Duration abandonedAfter) {
        super(database, abandonedAfter);
    }

    void failNextRequestAt(Moment moment) {
        armed.set(moment);
    }

    @Override
    Optional<Document> claim(Document id, String requestHash, String attempt) {
        Optional<Document> recorded = super.claim(id, requestHash, attempt);
        failIfArmedAt(Moment.CLAIM_ACKNOWLEDGEMENT);
        return recorded;
    }

    @Override
    Optional<Document> find(Object id) {
        failIfArmedAt(Moment.FIRST_READ_AFTER_CLAIM);
        return super.find(id);
    }

    private void failIfArmedAt(Moment moment) {
        if (armed.compareAndSet(moment, null)) {
            throw new MongoSocketReadException("The store went away", new ServerAddress());
        }
    }
}
