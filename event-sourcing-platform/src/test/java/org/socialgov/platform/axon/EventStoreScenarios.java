package org.socialgov.platform.axon;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoDatabase;
import io.micronaut.context.ApplicationContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.platform.eventstore.EventDocuments;
import org.socialgov.platform.eventstore.EventPositions;
import org.socialgov.platform.processing.EventProcessorsHealthIndicator;
import org.socialgov.platform.support.TestServices;
import org.socialgov.platform.testmodel.EntryRecordedEvent;
import org.socialgov.platform.testmodel.Ledger;
import org.socialgov.platform.testmodel.LedgerOpenedEvent;
import org.socialgov.platform.testmodel.LedgerProjection;
import org.socialgov.platform.testmodel.OpenLedgerCommand;
import org.socialgov.platform.testmodel.RecordEntryCommand;

/**
 * What the platform promises about events, whatever MongoDB holds them: they come back in order, no two share an
 * (aggregate, sequence number), and a tracking processor applies every one exactly once, also while many writers
 * append at the same time, and again when replayed. Subclasses only say which MongoDB; each test gets a fresh service
 * on a fresh database.
 */
abstract class EventStoreScenarios {

    private static final Duration PROJECTION_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration BURST_TIMEOUT = Duration.ofMinutes(3);
    private static final int BURST_EVENTS = 5_000;
    /** What socialgov.events.max-gaps (500) allows: 500 positions of up to six digits, a comma each, and the index. */
    private static final int TOKEN_BOUND_BYTES = 4_096;

    @TempDir
    Path dataDir;

    private ApplicationContext service;
    private CommandGateway commands;
    private EventStore eventStore;
    private LedgerProjection projection;

    /** The {@code socialgov.store.*} settings that select the MongoDB under test. */
    protected abstract Map<String, Object> storeProperties();

    @BeforeEach
    void startService() {
        service = TestServices.start(dataDir, storeProperties());
        commands = service.getBean(CommandGateway.class);
        eventStore = service.getBean(EventStore.class);
        projection = service.getBean(LedgerProjection.class);
    }

    @AfterEach
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void givenOpenedLedger_whenEntriesRecorded_thenEventsReadBackInOrderAndProjected() {
        commands.sendAndWait(new OpenLedgerCommand("ledger-1"));
        for (long amount = 1; amount <= 5; amount++) {
            commands.sendAndWait(new RecordEntryCommand("ledger-1", amount));
        }

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents("ledger-1").asStream().toList();
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L),
            events.stream().map(DomainEventMessage::getSequenceNumber).toList());
        assertEquals(new LedgerOpenedEvent("ledger-1"), events.get(0).getPayload());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), events.stream().skip(1)
            .map(event -> ((EntryRecordedEvent) event.getPayload()).amount()).toList());
        await().atMost(PROJECTION_TIMEOUT).untilAsserted(() -> assertProjectionMatches(storedLedgers()));
    }

    @Test
    void givenLedgerWithEntries_whenReadThroughAggregateReader_thenCurrentStateAndVersion() {
        commands.sendAndWait(new OpenLedgerCommand("ledger-4"));
        commands.sendAndWait(new RecordEntryCommand("ledger-4", 30));
        commands.sendAndWait(new RecordEntryCommand("ledger-4", 12));
        AggregateReader reader = service.getBean(AggregateReader.class);

        AggregateReader.Versioned<Long> read = reader.read(Ledger.class, "ledger-4", Ledger::balance);

        assertEquals(new AggregateReader.Versioned<>(42L, 2L), read);
        assertThrows(NoSuchAggregateException.class,
            () -> reader.read(Ledger.class, "no-such-ledger", Ledger::balance));
    }

    @Test
    void givenOpenedLedger_whenOpenedAgain_thenStreamCreationIsRefusedAndNothingDuplicated() {
        commands.sendAndWait(new OpenLedgerCommand("ledger-2"));

        assertThrows(AggregateStreamCreationException.class,
            () -> commands.sendAndWait(new OpenLedgerCommand("ledger-2")));

        assertEquals(1, eventStore.readEvents("ledger-2").asStream().count());
        assertEquals(1, storedLedgers().eventCount());
    }

    @Test
    void givenStoredEvent_whenAnotherEventClaimsItsSequenceNumber_thenConcurrencyExceptionAndNothingDuplicated() {
        commands.sendAndWait(new OpenLedgerCommand("ledger-3"));
        commands.sendAndWait(new RecordEntryCommand("ledger-3", 10));

        assertThrows(ConcurrencyException.class, () -> eventStore.publish(
            new GenericDomainEventMessage<>("Ledger", "ledger-3", 1, new EntryRecordedEvent("ledger-3", 99))));

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents("ledger-3").asStream().toList();
        assertEquals(2, events.size());
        assertEquals(new EntryRecordedEvent("ledger-3", 10), events.get(1).getPayload());
    }

    /** The proof ARCHITECTURE.md cites for "projections miss nothing and apply nothing twice". */
    @Test
    void givenConcurrentWriters_whenTrackingProcessorRuns_thenEveryStoredEventIsAppliedExactlyOnce() throws Exception {
        ConcurrentLedgerWorkload.Outcome outcome = runConcurrentWorkload();

        StoredLedgers stored = storedLedgers();
        assertEquals(outcome.succeeded(), stored.eventCount(), "one event per successful command");
        await().atMost(PROJECTION_TIMEOUT).untilAsserted(() -> assertProjectionMatches(stored));

        LedgerProjection.Deliveries deliveries = projection.deliveryCounts();
        System.out.printf("[%s] tracking: %d events from %d writer threads stored in %d ms, all applied exactly once;"
                + " %d deliveries, %d duplicate deliveries absorbed by the idempotency guard%n",
            getClass().getSimpleName(), stored.eventCount(), ConcurrentLedgerWorkload.THREADS,
            outcome.elapsed().toMillis(), deliveries.total(), deliveries.absorbedDuplicates());
        assertEquals(stored.eventCount(), deliveries.distinctEvents(), "no event delivered that is not stored");
        assertEquals(deliveries.total() - stored.eventCount(), deliveries.absorbedDuplicates(),
            "every delivery beyond the first of an event was absorbed");
    }

    @Test
    void givenProjectedEvents_whenRedeliveredAndThenReplayedFromScratch_thenProjectionIsTheSame() throws Exception {
        runConcurrentWorkload();
        StoredLedgers stored = storedLedgers();
        await().atMost(PROJECTION_TIMEOUT).untilAsserted(() -> assertProjectionMatches(stored));
        int absorbedBefore = projection.absorbedDuplicates();

        // Idempotent: every stored event handed to the projection once more changes nothing.
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        for (List<DomainEventMessage<?>> stream : stored.streams().values()) {
            for (DomainEventMessage<?> event : stream) {
                handlers.handle(event);
            }
        }
        assertEquals(absorbedBefore + stored.eventCount(), projection.absorbedDuplicates());
        assertProjectionMatches(stored);

        // Rebuildable: a token reset clears the read model and replays the whole store into it.
        TrackingEventProcessor processor = service.getBean(Configuration.class).eventProcessingConfiguration()
            .eventProcessor(LedgerProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        long replayStarted = System.nanoTime();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(PROJECTION_TIMEOUT).untilAsserted(() -> {
            assertEquals(1, projection.resets());
            assertProjectionMatches(stored);
        });
        System.out.printf("[%s] replay: %d events replayed from scratch in %d ms into an identical projection%n",
            getClass().getSimpleName(), stored.eventCount(), (System.nanoTime() - replayStarted) / 1_000_000);
    }

    /**
     * A burst by concurrent writers, some appends failing midway, while the processor runs: every stored event is
     * applied exactly once, and the stored token stays within what {@code max-gaps} allows, whatever the burst.
     */
    @Test
    void givenBurstOfAppendsSomeFailingMidway_whenTracked_thenEveryStoredEventAppliedOnceAndTokenStaysSmall()
        throws Exception {
        StoredTokens tokens = new StoredTokens(service.getBean(MongoDatabase.class), service.getBean(Serializer.class));
        AtomicInteger largestToken = new AtomicInteger();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleWithFixedDelay(() -> largestToken.accumulateAndGet(
            tokens.storedSize(LedgerProjection.PROCESSING_GROUP), Math::max), 0, 20, TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        try {
            LedgerBurst.Outcome outcome = LedgerBurst.run(eventStore, BURST_EVENTS);
            assertEquals(List.of(), outcome.unexpectedFailures());
            assertEquals(outcome.meantToFailMidway(), outcome.failedMidway(), "every tenth append failed midway");
            StoredLedgers stored = storedLedgers();
            assertEquals(outcome.eventsStored(), stored.eventCount(), "a failed append keeps the events before it");
            await().atMost(BURST_TIMEOUT).untilAsserted(() -> assertProjectionMatches(stored));
            // What operators see: the processor's lag, between its position and the head, back to nothing.
            await().atMost(PROJECTION_TIMEOUT).until(() -> Long.valueOf(0).equals(
                processorHealth(LedgerProjection.PROCESSING_GROUP).get("lag")));
        } finally {
            sampler.shutdownNow();
        }
        System.out.printf("[%s] burst: %d events by %d writers applied exactly once in %d ms; stored token at most"
                + " %d bytes, at the end %d bytes: %s%n", getClass().getSimpleName(), BURST_EVENTS,
            LedgerBurst.WRITERS, (System.nanoTime() - started) / 1_000_000, largestToken.get(),
            tokens.storedSize(LedgerProjection.PROCESSING_GROUP), tokens.token(LedgerProjection.PROCESSING_GROUP));
        assertTrue(largestToken.get() > 0 && largestToken.get() <= TOKEN_BOUND_BYTES,
            "stored token of " + largestToken.get() + " bytes");
    }

    private Map<?, ?> processorHealth(String processingGroup) {
        Map<?, ?> processors = (Map<?, ?>) service.getBean(EventProcessorsHealthIndicator.class).result().getDetails();
        return (Map<?, ?>) processors.get(processingGroup);
    }

    /** An append that took its position, then was slow to store its event: later events do not make it missed. */
    @Test
    void givenSlowWriter_whenItsEventIsStoredAfterLaterOnesWithinTheGapTimeout_thenItIsApplied() {
        MongoDatabase database = service.getBean(MongoDatabase.class);
        EventPositions.Allocation slow = new EventPositions(database).allocate(1);
        commands.sendAndWait(new OpenLedgerCommand("prompt-1"));
        commands.sendAndWait(new RecordEntryCommand("prompt-1", 5));
        StoredTokens tokens = new StoredTokens(database, service.getBean(Serializer.class));
        await().atMost(PROJECTION_TIMEOUT).untilAsserted(() -> {
            assertProjectionMatches(storedLedgers());
            assertEquals(Optional.of(Set.of(slow.first())), tokens.token(LedgerProjection.PROCESSING_GROUP)
                .map(token -> Set.copyOf(((GapAwareTrackingToken) token).getGaps())), "the slow position is a gap");
        });

        database.getCollection(StoredLedgers.EVENT_COLLECTION).insertOne(EventDocuments.of(
            new GenericDomainEventMessage<>("Ledger", "slow-1", 0, new LedgerOpenedEvent("slow-1")),
            service.getBean(Serializer.class), slow.first(), slow.takenAt()));

        await().atMost(PROJECTION_TIMEOUT).untilAsserted(() -> {
            StoredLedgers stored = storedLedgers();
            assertTrue(stored.ledgers().containsKey("slow-1"));
            assertProjectionMatches(stored);
        });
    }

    /** A writer that took many positions and died: the stream goes on past them, however many. */
    @Test
    void givenMorePositionsTakenThanABatchAndNeverWritten_whenLaterEventsAppended_thenTheyAreApplied() {
        new EventPositions(service.getBean(MongoDatabase.class)).allocate(750);
        commands.sendAndWait(new OpenLedgerCommand("after-the-stretch"));
        commands.sendAndWait(new RecordEntryCommand("after-the-stretch", 7));

        await().atMost(PROJECTION_TIMEOUT).untilAsserted(() -> assertProjectionMatches(storedLedgers()));
        assertEquals(7, projection.ledgers().get("after-the-stretch").balance());
    }

    private ConcurrentLedgerWorkload.Outcome runConcurrentWorkload() throws Exception {
        ConcurrentLedgerWorkload.Outcome outcome = ConcurrentLedgerWorkload.run(commands);
        assertEquals(List.of(), outcome.unexpectedFailures());
        int contenders = ConcurrentLedgerWorkload.THREADS * ConcurrentLedgerWorkload.CONTESTED_LEDGERS;
        assertEquals(contenders - ConcurrentLedgerWorkload.CONTESTED_LEDGERS, outcome.refusedCreations(),
            "each contested ledger opened by exactly one writer");
        assertEquals(outcome.commands(), outcome.succeeded() + outcome.refusedCreations());
        return outcome;
    }

    private StoredLedgers storedLedgers() {
        return StoredLedgers.read(service.getBean(MongoDatabase.class), eventStore);
    }

    private void assertProjectionMatches(StoredLedgers stored) {
        stored.assertProjectedBy(projection);
    }
}
