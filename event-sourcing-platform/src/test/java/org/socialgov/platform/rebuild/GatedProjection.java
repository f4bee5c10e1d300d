package org.socialgov.platform.rebuild;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micronaut.context.annotation.Requires;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.testmodel.LedgerOpenedEvent;

/**
 * A second projection, of opened ledgers only (entries are not its business), whose handling a test can hold up: a
 * rebuild of it then stays running for as long as the test needs, without timing assumptions.
 */
@AxonMessageHandlers
@ProcessingGroup(GatedProjection.PROCESSING_GROUP)
@Requires(property = GatedProjection.ENABLED, value = "true")
public class GatedProjection {

    static final String PROCESSING_GROUP = "gated-projection";
    static final String ENABLED = "test.gated-projection.enabled";

    private final Set<String> openedLedgers = ConcurrentHashMap.newKeySet();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    @EventHandler
    void on(LedgerOpenedEvent event) throws InterruptedException {
        // Bounded, so that a failing test cannot hang the processor's shutdown.
        gate.await(30, TimeUnit.SECONDS);
        openedLedgers.add(event.ledgerId());
    }

    @ResetHandler
    void reset() {
        openedLedgers.clear();
    }

    Set<String> openedLedgers() {
        return Set.copyOf(openedLedgers);
    }

    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }
}
