package org.socialgov.platform.eventstore;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.micronaut.context.ApplicationContext;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.audit.AuditTrail;
import org.socialgov.platform.audit.IntegrityReport;
import org.socialgov.platform.axon.AggregateReader;
import org.socialgov.platform.identity.AuditMetaData;
import org.socialgov.platform.support.TestServices;
import org.socialgov.platform.testmodel.Ledger;
import org.socialgov.platform.testmodel.LedgerProjection;
import org.socialgov.platform.testmodel.LedgerSummary;
import org.socialgov.platform.testmodel.RecordEntryCommand;

/**
 * A service started on a store the timestamp-based engine wrote: its events are numbered once, in the order that
 * engine delivered them and each aggregate in sequence order, its processors go on from where they were, every event
 * reaches a projection exactly once, and the hash chain of old and new events still holds.
 */
class OldStoreUpgradeTest {

    private static final String DATABASE = "upgraded";
    private static final Duration CATCH_UP = Duration.ofSeconds(60);
    private static final int LEDGERS = 30;
    private static final int EVENTS_PER_LEDGER = 5;

    @TempDir
    Path dataDir;

    @Test
    void givenStoreOfTheTimestampEngine_whenServiceStarts_thenNumberedOnceAndEveryEventDeliveredExactlyOnce() {
        List<DomainEventMessage<?>> old = writeOldStore(null);

        try (ApplicationContext service = start()) {
            LedgerProjection projection = service.getBean(LedgerProjection.class);
            await().atMost(CATCH_UP).until(() -> projection.applications().size() == old.size());

            assertEquals(ids(old), projection.deliveries().keySet());
            assertEquals(Set.of(1), Set.copyOf(projection.deliveries().values()), "each delivered exactly once");
            assertEquals(new LedgerSummary(4, 5, 100), projection.ledgers().get("ledger-7"));
            assertEquals(new LedgerSummary(1, 2, 10), projection.ledgers().get("skewed"),
                "an aggregate whose later event was stamped earlier is still delivered in sequence order");
            List<Document> numbered = inPositionOrder(service.getBean(MongoDatabase.class));
            assertEquals(old.size(), numbered.size());
            for (int i = 0; i < numbered.size(); i++) {
                Document event = numbered.get(i);
                assertEquals(i + 1L, event.getLong(EventDocuments.POSITION));
                assertEquals(EventDocuments.streamKey(event.getString("aggregateIdentifier"),
                    event.getLong("sequenceNumber")), event.getString(EventDocuments.STREAM_KEY));
            }
            // The old snapshot (balance 999,999) was dropped: the ledger is read from its events.
            assertEquals(100L, service.getBean(AggregateReader.class).read(Ledger.class, "ledger-0", Ledger::balance)
                .value());

            service.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(
                new RecordEntryCommand("ledger-0", 5)).andMetaData(Map.of(AuditMetaData.TENANT,
                OldFormatStore.TENANT)));
            IntegrityReport report = service.getBean(AuditTrail.class).verify(Ledger.class, "ledger-0", OldFormatStore.TENANT);
            assertEquals(IntegrityReport.Verdict.INTACT, report.verdict(), report.explanation());
            assertEquals(EVENTS_PER_LEDGER + 1, report.eventsChecked());
        }
    }

    @Test
    void givenNumberingInterruptedMidway_whenServiceStartsAgain_thenItContinuesAndNumbersNoEventTwice() {
        writeOldStore(null);
        Map<Object, Long> uninterrupted;
        try (OldFormatStore store = new OldFormatStore(dataDir, DATABASE)) {
            MongoDatabase database = store.database();
            new ExistingEventNumbering(database, "domainevents", "snapshotevents").numberIfNeeded();
            uninterrupted = positionsById(database);
            // As a crash after the first batches leaves it: the rest unnumbered, the store not marked as done.
            database.getCollection("domainevents").updateMany(new Document(EventDocuments.POSITION,
                new Document("$gt", 60L)), new Document("$unset", new Document(EventDocuments.POSITION, "")
                .append(EventDocuments.STREAM_KEY, "")));
            database.getCollection(EventPositions.COLLECTION).deleteMany(new Document());
        }
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(ExistingEventNumbering.class)).addAppender(log);

        try (ApplicationContext service = start()) {
            assertEquals(uninterrupted, positionsById(service.getBean(MongoDatabase.class)));
            assertTrue(log.list.stream().anyMatch(line -> line.getFormattedMessage().equals(
                "Numbered 92 of 92 events: the stream is ready")), () -> log.list.toString());
            LedgerProjection projection = service.getBean(LedgerProjection.class);
            await().atMost(CATCH_UP).until(() -> projection.applications().size() == uninterrupted.size());
            assertEquals(Set.of(1), Set.copyOf(projection.deliveries().values()));
        } finally {
            ((Logger) LoggerFactory.getLogger(ExistingEventNumbering.class)).detachAppender(log);
        }
    }

    @Test
    void givenTimestampTokenOfAProcessor_whenServiceStarts_thenItGoesOnFromThereWithoutRedeliveringOrSkipping() {
        Instant tokenTime = Instant.now().minus(Duration.ofHours(1));
        List<DomainEventMessage<?>> old = writeOldStore(MongoTrackingToken.of(tokenTime, Map.of()));
        List<DomainEventMessage<?>> afterToken = new ArrayList<>();
        try (OldFormatStore store = new OldFormatStore(dataDir, DATABASE)) {
            for (int ledger = 0; ledger < 3; ledger++) {
                for (long sequence = 0; sequence < 2; sequence++) {
                    afterToken.add(store.write("recent-" + ledger, sequence, tokenTime.plusSeconds(60 + ledger)));
                }
            }
        }

        try (ApplicationContext service = start()) {
            LedgerProjection projection = service.getBean(LedgerProjection.class);
            await().atMost(CATCH_UP).until(() -> projection.applications().size() == afterToken.size());

            assertEquals(ids(afterToken), projection.deliveries().keySet(),
                "only what the old token had not handled, none of the " + old.size() + " it had");
            assertEquals(Set.of(1), Set.copyOf(projection.deliveries().values()));
            Document stored = service.getBean(MongoDatabase.class).getCollection("trackingtokens")
                .find(new Document("processorName", LedgerProjection.PROCESSING_GROUP)).first();
            assertEquals(GapAwareTrackingToken.class.getName(), stored.getString("tokenType"));
        }
    }

    /**
     * Thirty ledgers of five events, interleaved in time, ten stamped in each second; a ledger whose second event
     * was stamped a second before its first (two writers' clocks disagreed); a snapshot in the old format; optionally
     * a timestamp token of the ledger projection. Everything is stamped hours ago.
     */
    private List<DomainEventMessage<?>> writeOldStore(MongoTrackingToken token) {
        Instant base = Instant.now().minus(Duration.ofHours(3));
        try (OldFormatStore store = new OldFormatStore(dataDir, DATABASE)) {
            for (int step = 0; step < EVENTS_PER_LEDGER; step++) {
                for (int ledger = 0; ledger < LEDGERS; ledger++) {
                    store.write("ledger-" + ledger, step, base.plusSeconds(step * 10L + ledger / 10));
                }
            }
            store.write("skewed", 0, base.plusSeconds(100));
            store.write("skewed", 1, base.plusSeconds(99));
            store.snapshot("ledger-0", 3, 999_999);
            if (token != null) {
                store.token(LedgerProjection.PROCESSING_GROUP, token);
            }
            return store.written();
        }
    }

    private ApplicationContext start() {
        return TestServices.start(dataDir, Map.of("socialgov.store.database", DATABASE));
    }

    private static List<Document> inPositionOrder(MongoDatabase database) {
        return database.getCollection("domainevents").find().sort(Sorts.ascending(EventDocuments.POSITION))
            .into(new ArrayList<>());
    }

    private static Map<Object, Long> positionsById(MongoDatabase database) {
        MongoCollection<Document> events = database.getCollection("domainevents");
        Map<Object, Long> positions = new HashMap<>();
        events.find().forEach(event -> positions.put(event.get("_id"), event.getLong(EventDocuments.POSITION)));
        return positions;
    }

    private static Set<String> ids(List<DomainEventMessage<?>> events) {
        return events.stream().map(DomainEventMessage::getIdentifier).collect(Collectors.toSet());
    }
}
