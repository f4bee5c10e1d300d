package org.socialgov.platform.axon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.socialgov.platform.testmodel.EntryRecordedEvent;
import org.socialgov.platform.testmodel.LedgerOpenedEvent;

/**
 * A burst as a bulk import produces it: writers appending straight to the event store at once, each append a new
 * ledger with its entries, stamped within moments of each other. Every tenth append of a writer also claims the
 * opening of a ledger that exists already, as its last event: the store takes the events before it and refuses the
 * rest, so the append fails midway and leaves a position it took unused.
 */
final class LedgerBurst {

    static final int WRITERS = 10;
    static final int EVENTS_PER_APPEND = 10;

    record Outcome(int eventsStored, int meantToFailMidway, int failedMidway, List<String> unexpectedFailures) {
    }

    private LedgerBurst() {
    }

    /** Appends about {@code events} events (a whole number of appends per writer). */
    static Outcome run(EventStore eventStore, int events) throws Exception {
        int appendsPerWriter = events / (WRITERS * EVENTS_PER_APPEND);
        AtomicInteger failedMidway = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch startTogether = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int id = writer;
                running.add(writers.submit((Callable<Void>) () -> {
                    startTogether.await();
                    for (int append = 0; append < appendsPerWriter; append++) {
                        List<DomainEventMessage<?>> batch = ledger("burst-" + id + "-" + append);
                        boolean failing = append % 10 == 9;
                        if (failing) {
                            batch.add(opening("burst-" + id + "-0"));
                        }
                        try {
                            eventStore.publish(batch);
                        } catch (AggregateStreamCreationException e) {
                            if (failing) {
                                failedMidway.incrementAndGet();
                            } else {
                                failures.add(e.toString());
                            }
                        }
                    }
                    return null;
                }));
            }
            startTogether.countDown();
            for (Future<?> writer : running) {
                writer.get();
            }
        } finally {
            writers.shutdownNow();
        }
        return new Outcome(WRITERS * appendsPerWriter * EVENTS_PER_APPEND, WRITERS * (appendsPerWriter / 10),
            failedMidway.get(), List.copyOf(failures));
    }

    private static List<DomainEventMessage<?>> ledger(String ledgerId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        events.add(opening(ledgerId));
        for (long entry = 1; entry < EVENTS_PER_APPEND; entry++) {
            events.add(new GenericDomainEventMessage<>("Ledger", ledgerId, entry,
                new EntryRecordedEvent(ledgerId, entry)));
        }
        return events;
    }

    private static DomainEventMessage<?> opening(String ledgerId) {
        return new GenericDomainEventMessage<>("Ledger", ledgerId, 0, new LedgerOpenedEvent(ledgerId));
    }
}
