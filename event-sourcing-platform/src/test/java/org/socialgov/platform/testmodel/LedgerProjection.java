package org.socialgov.platform.testmodel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.socialgov.platform.axon.AxonMessageHandlers;

/**
 * A read model of ledgers, idempotent by design: per ledger it keeps the highest sequence number applied and ignores
 * an event at or below it, so a redelivered event cannot be counted twice. It also records, for the tests, every raw
 * delivery and every application per event identifier, which is what lets a test prove "exactly once".
 */
@AxonMessageHandlers
@ProcessingGroup(LedgerProjection.PROCESSING_GROUP)
public class LedgerProjection {

    public static final String PROCESSING_GROUP = "ledger-projection";

    private final Map<String, LedgerSummary> ledgers = new ConcurrentHashMap<>();
    /** Since the last reset: how often each event changed the read model. Exactly once is 1 for every event. */
    private final Map<String, Integer> applications = new ConcurrentHashMap<>();
    /** Since startup, resets included: how often each event reached a handler at all. */
    private final Map<String, Integer> deliveries = new ConcurrentHashMap<>();
    private final AtomicInteger absorbedDuplicates = new AtomicInteger();
    private final AtomicInteger resets = new AtomicInteger();

    @EventHandler
    public void on(LedgerOpenedEvent event, @SequenceNumber Long sequenceNumber, @MessageIdentifier String eventId) {
        apply(event.ledgerId(), sequenceNumber, eventId, 0);
    }

    @EventHandler
    public void on(EntryRecordedEvent event, @SequenceNumber Long sequenceNumber, @MessageIdentifier String eventId) {
        apply(event.ledgerId(), sequenceNumber, eventId, event.amount());
    }

    /** A replay rebuilds the read model from nothing; the delivery counts are diagnostics and survive it. */
    @ResetHandler
    public synchronized void reset() {
        ledgers.clear();
        applications.clear();
        resets.incrementAndGet();
    }

    private synchronized void apply(String ledgerId, long sequenceNumber, String eventId, long amount) {
        deliveries.merge(eventId, 1, Integer::sum);
        LedgerSummary current = ledgers.get(ledgerId);
        if (current != null && sequenceNumber <= current.lastSequenceNumber()) {
            absorbedDuplicates.incrementAndGet();
            return;
        }
        ledgers.put(ledgerId, current == null
            ? new LedgerSummary(sequenceNumber, 1, amount)
            : current.plus(sequenceNumber, amount));
        applications.merge(eventId, 1, Integer::sum);
    }

    public Map<String, LedgerSummary> ledgers() {
        return Map.copyOf(ledgers);
    }

    public Map<String, Integer> applications() {
        return Map.copyOf(applications);
    }

    public Map<String, Integer> deliveries() {
        return Map.copyOf(deliveries);
    }

    public int absorbedDuplicates() {
        return absorbedDuplicates.get();
    }

    /** Read together, so that a delivery arriving meanwhile cannot make the two disagree. */
    public synchronized Deliveries deliveryCounts() {
        return new Deliveries(deliveries.values().stream().mapToInt(Integer::intValue).sum(), deliveries.size(),
            absorbedDuplicates.get());
    }

    public int resets() {
        return resets.get();
    }

    /** Raw deliveries since startup, of how many distinct events, and how many the guard ignored. */
    public record Deliveries(int total, int distinctEvents, int absorbedDuplicates) {
    }
}
