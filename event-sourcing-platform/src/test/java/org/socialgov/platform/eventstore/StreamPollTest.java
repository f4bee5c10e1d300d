package org.socialgov.platform.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.platform.store.EmbeddedMongoStore;

/** How a read by position treats gaps: kept while young, dropped when old or too many, closed when filled. */
class StreamPollTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_GAPS = 5;

    @TempDir
    static Path dataDir;
    private static EmbeddedMongoStore store;
    private static MongoClient client;

    private MongoDatabase database;
    private PositionedEventStorageEngine engine;
    private EventPositions positions;
    private Instant now;

    @BeforeAll
    static void startStore() {
        store = EmbeddedMongoStore.start(dataDir.resolve("stream.mv"), 0);
        client = MongoClients.create(store.connectionString());
    }

    @AfterAll
    static void stopStore() {
        client.close();
        store.close();
    }

    @BeforeEach
    void freshDatabase() {
        database = client.getDatabase("stream-" + UUID.randomUUID().toString().substring(0, 8));
        engine = PositionedEventStorageEngine.builder().database(database)
            .eventSerializer(JacksonSerializer.defaultSerializer())
            .snapshotSerializer(JacksonSerializer.defaultSerializer()).build();
        positions = new EventPositions(database);
        now = Instant.now();
    }

    @Test
    void givenPositionTakenAndNotWritten_whenLaterEventRead_thenItIsAGapUntilTheTimeoutHasPassed() {
        positions.allocate(1);
        append("a");

        GapAwareTrackingToken afterA = lastToken(poll().after(null, 100));
        assertEquals(2, afterA.getIndex());
        assertEquals(Set.of(1L), afterA.getGaps());

        now = now.plus(GAP_TIMEOUT).plusSeconds(1);
        append("b");
        GapAwareTrackingToken afterB = lastToken(poll().after(afterA, 100));
        assertEquals(3, afterB.getIndex());
        assertEquals(Set.of(), afterB.getGaps(), "the gap below 'a' timed out once 'a' was older than the timeout");
    }

    @Test
    void givenMoreGapsThanTheBound_whenRead_thenOnlyTheNewestAreKept() {
        positions.allocate(20);
        append("a");

        GapAwareTrackingToken token = lastToken(poll().after(null, 100));

        assertEquals(21, token.getIndex());
        assertEquals(Set.of(16L, 17L, 18L, 19L, 20L), token.getGaps());
    }

    @Test
    void givenGap_whenItsEventIsWrittenLate_thenItIsDeliveredAndTheGapCloses() {
        EventPositions.Allocation slow = positions.allocate(1);
        append("a");
        GapAwareTrackingToken afterA = lastToken(poll().after(null, 100));

        database.getCollection("domainevents").insertOne(EventDocuments.of(event("late"),
            JacksonSerializer.defaultSerializer(), slow.first(), slow.takenAt()));
        List<TrackedEventData<?>> next = poll().after(afterA, 100);

        assertEquals(1, next.size());
        assertEquals("late", ((DomainEventData<?>) next.get(0))
            .getAggregateIdentifier());
        assertEquals(new GapAwareTrackingToken(2, List.of()), next.get(0).trackingToken());
    }

    @Test
    void givenEventsOlderThanTheGapTimeout_whenReadFromTheStart_thenNoGapIsKept() {
        positions.allocate(3);
        append("a");
        now = now.plus(GAP_TIMEOUT).plusSeconds(1);

        GapAwareTrackingToken token = lastToken(poll().after(null, 100));

        assertEquals(new GapAwareTrackingToken(4, List.of()), token);
    }

    @Test
    void givenEventsTakenOverTime_whenTokensCreatedAtAnInstantAndAtTheHead_thenTheyFallBetweenThem() {
        Instant start = Instant.parse("2026-03-01T10:00:00Z");
        for (int minute = 0; minute < 5; minute++) {
            EventPositions.Allocation taken = positions.allocate(1);
            database.getCollection("domainevents").insertOne(EventDocuments.of(event("minute-" + minute),
                JacksonSerializer.defaultSerializer(), taken.first(), start.plusSeconds(60L * minute)));
        }
        positions.allocate(2);

        assertEquals(new GapAwareTrackingToken(3, List.of()), engine.createTokenAt(start.plusSeconds(150)),
            "positions 1 to 3 were taken at minutes 0 to 2");
        assertEquals(new GapAwareTrackingToken(0, List.of()), engine.createTokenAt(start));
        assertEquals(new GapAwareTrackingToken(5, List.of()), engine.createHeadToken(),
            "the newest stored event, not the positions taken after it");
    }

    private StreamPoll poll() {
        return new StreamPoll(database.getCollection("domainevents"), positions,
            new GapRules(GAP_TIMEOUT, MAX_GAPS, Clock.fixed(now, ZoneOffset.UTC)));
    }

    private void append(String aggregateId) {
        engine.appendEvents(List.of(event(aggregateId)));
    }

    private static GenericDomainEventMessage<String> event(String aggregateId) {
        return new GenericDomainEventMessage<>("Note", aggregateId, 0, "payload of " + aggregateId);
    }

    private static GapAwareTrackingToken lastToken(List<TrackedEventData<?>> read) {
        return (GapAwareTrackingToken) read.get(read.size() - 1).trackingToken();
    }
}
