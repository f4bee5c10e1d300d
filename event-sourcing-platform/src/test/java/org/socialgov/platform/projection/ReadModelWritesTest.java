package org.socialgov.platform.projection;

import static com.mongodb.client.model.Filters.eq;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.ApplicationContext;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.platform.eventstore.StoreCommandCounts;
import org.socialgov.platform.processing.ProcessorFailures;
import org.socialgov.platform.support.TestServices;
import org.socialgov.platform.testmodel.EntryRecordedEvent;
import org.socialgov.platform.testmodel.LedgerOpenedEvent;

/**
 * A projection's read-model writes go to the store a batch of events at a time (ARCHITECTURE.md, decision 1), with
 * the version guard intact: each event applied once, also when a batch holds several events of one document and when
 * everything is delivered again, and a write the store refuses fails the event whose change it was.
 */
class ReadModelWritesTest {

    private static final int LEDGERS = 10;
    private static final int ENTRIES = 99;

    @TempDir
    Path dataDir;

    @Test
    void givenAThousandEventsWaiting_whenProjected_thenEachAppliedOnceWithAWritePerBatch_andAgainWhenRedelivered() {
        try (ApplicationContext service = start(Map.of())) {
            List<DomainEventMessage<?>> events = new ArrayList<>();
            for (int ledger = 0; ledger < LEDGERS; ledger++) {
                events.addAll(ledger("ledger-" + ledger, ENTRIES, -1));
            }
            service.getBean(EventStore.class).publish(events);
            StoreCommandCounts commands = service.getBean(StoreCommandCounts.class);
            commands.reset();

            TrackingEventProcessor processor = processor(service);
            processor.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> allBalanced(service));

            long writes = commands.count("insert", LedgerBalances.COLLECTION)
                + commands.count("update", LedgerBalances.COLLECTION);
            long handled = LEDGERS * (ENTRIES + 1);
            // A batch holds at least 100 events when that many wait (a first one may be smaller), written with at
            // most two commands: the new documents, then the changes.
            assertTrue(writes <= 2 * (handled / 100 + 1), writes + " write commands for " + handled + " events");

            processor.shutDown();
            processor.resetTokens();
            processor.start();
            // Delivered again from the first event; the projection has no reset handler, so the documents stay.
            await().atMost(Duration.ofSeconds(60)).until(() -> processor.processingStatus().values().stream()
                .allMatch(status -> status.isCaughtUp() && status.getCurrentPosition().orElse(0) >= handled));
            assertTrue(allBalanced(service), "a redelivery changes nothing");
        }
    }

    @Test
    void givenADocumentReplacedByEveryEventOfABatch_whenProjected_thenItIsWrittenOncePerBatch() {
        try (ApplicationContext service = start(Map.of())) {
            int entries = 500;
            service.getBean(EventStore.class).publish(ledger("ledger-c", entries, -1));
            StoreCommandCounts commands = service.getBean(StoreCommandCounts.class);
            commands.reset();

            processor(service).start();
            MongoCollection<Document> totals = service.getBean(MongoDatabase.class)
                .getCollection(LedgerBalances.TOTALS);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Document total = totals.find(eq("_id", LedgerBalances.ALL_ENTRIES)).first();
                return total != null && total.get("last", Number.class).intValue() == entries;
            });

            long batchesWritingIt = commands.count("update", LedgerBalances.TOTALS);
            assertTrue(batchesWritingIt < entries / 100, batchesWritingIt + " batches for " + entries + " waiting entries:"
                + " a batch takes more than a hundred events when they wait");
            assertEquals(batchesWritingIt, commands.writes("update", LedgerBalances.TOTALS),
                "one write of the count per batch, whatever the batch's number of entries");
        }
    }

    @Test
    void givenAWriteTheStoreRefusesInTheMiddleOfABatch_whenProjected_thenTheFailureIsThatEventsAndNothingAfterIt() {
        try (ApplicationContext service = start(Map.of("socialgov.events.failed-event-attempts", 1))) {
            int spoilingEntry = 5;
            service.getBean(EventStore.class).publish(ledger("ledger-x", 20, spoilingEntry));

            TrackingEventProcessor processor = processor(service);
            processor.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> !processor.isRunning());

            ProcessorFailures.Failure failure = service.getBean(ProcessorFailures.class)
                .current(LedgerBalances.PROCESSING_GROUP).orElseThrow();
            assertEquals(Long.valueOf(spoilingEntry + 1), failure.event().sequenceNumber(), failure.toString());
            Document written = balances(service).find(eq("_id", "ledger-x")).first();
            assertEquals(spoilingEntry, written.get("version", Number.class).intValue(),
                "the writes before the refused one are in, none after it");
        }
    }

    private ApplicationContext start(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put(LedgerBalances.ENABLED, true);
        properties.put(StoreCommandCounts.ENABLED, true);
        properties.put("socialgov.events.start-processors", false);
        return TestServices.start(dataDir, properties);
    }

    private static TrackingEventProcessor processor(ApplicationContext service) {
        return service.getBean(Configuration.class).eventProcessingConfiguration()
            .eventProcessor(LedgerBalances.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
    }

    /** A ledger opened, then entries of 1, 2, 3...; the entry numbered {@code spoiling} spoils the balance. */
    private static List<DomainEventMessage<?>> ledger(String ledgerId, int entries, int spoiling) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        events.add(new GenericDomainEventMessage<>("Ledger", ledgerId, 0, new LedgerOpenedEvent(ledgerId)));
        for (int entry = 1; entry <= entries; entry++) {
            events.add(new GenericDomainEventMessage<>("Ledger", ledgerId, entry, new EntryRecordedEvent(ledgerId,
                entry == spoiling ? LedgerBalances.SPOILING_AMOUNT : entry)));
        }
        return events;
    }

    private static boolean allBalanced(ApplicationContext service) {
        long expected = (long) ENTRIES * (ENTRIES + 1) / 2;
        List<Document> all = balances(service).find().into(new ArrayList<>());
        return all.size() == LEDGERS && all.stream().allMatch(balance -> balance.get("balance", Number.class)
            .longValue() == expected && balance.getInteger("entries") == ENTRIES
            && balance.get("version", Number.class).longValue() == ENTRIES);
    }

    private static MongoCollection<Document> balances(ApplicationContext service) {
        return service.getBean(MongoDatabase.class).getCollection(LedgerBalances.COLLECTION);
    }
}
