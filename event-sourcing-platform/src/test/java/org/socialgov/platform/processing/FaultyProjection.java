package org.socialgov.platform.processing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import io.micronaut.context.annotation.Requires;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.testmodel.LedgerOpenedEvent;

/**
 * A projection of opened ledgers that a test can make fail on one ledger: as a bug would (the same exception on every
 * attempt) or as an unreachable store would (a dropped connection, for a number of attempts). It records, in order,
 * the events it applied.
 */
@AxonMessageHandlers
@ProcessingGroup(FaultyProjection.PROCESSING_GROUP)
@Requires(property = FaultyProjection.ENABLED, value = "true")
public class FaultyProjection {

    static final String PROCESSING_GROUP = "faulty-projection";
    static final String ENABLED = "test.faulty-projection.enabled";

    private final List<String> appliedLedgers = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile String faultyLedger;
    private volatile boolean storeLike;
    private volatile int failuresLeft;

    @EventHandler
    void on(LedgerOpenedEvent event, @MessageIdentifier String eventId) {
        if (event.ledgerId().equals(faultyLedger)) {
            attempts.incrementAndGet();
            if (storeLike && failuresLeft-- > 0) {
                throw new MongoSocketReadException("Prematurely reached end of stream",
                    new ServerAddress("localhost", 27017));
            }
            if (!storeLike) {
                throw new IllegalStateException("cannot read ledger " + event.ledgerId());
            }
        }
        appliedLedgers.add(event.ledgerId());
    }

    /** Every attempt on this ledger fails, as a bug would make it. */
    void failOn(String ledgerId) {
        storeLike = false;
        faultyLedger = ledgerId;
    }

    /** The next {@code times} attempts on this ledger fail as an unreachable store would make them. */
    void loseConnectionOn(String ledgerId, int times) {
        storeLike = true;
        failuresLeft = times;
        faultyLedger = ledgerId;
    }

    void repair() {
        faultyLedger = null;
    }

    List<String> appliedLedgers() {
        return List.copyOf(appliedLedgers);
    }

    int attemptsOnFaultyLedger() {
        return attempts.get();
    }
}
