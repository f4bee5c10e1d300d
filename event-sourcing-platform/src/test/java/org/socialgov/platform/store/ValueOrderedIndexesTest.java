package org.socialgov.platform.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store's unique indexes ordered by value: same answers, and stores written before still read. */
class ValueOrderedIndexesTest {

    private static final int DOCUMENTS = 2_000;

    @TempDir
    Path dataDir;

    @Test
    void givenStoreWrittenByTheStockBackend_whenOpenedBySuitesBackend_thenIndexesFindEveryDocumentAndRefuseDuplicates() {
        String file = dataDir.resolve("store.mv").toString();
        withStore(new H2Backend(file), events -> {
            events.createIndex(Indexes.ascending("position"), new IndexOptions().unique(true).sparse(true));
            events.createIndex(Indexes.ascending("streamKey"), new IndexOptions().unique(true));
            LongStream.range(0, DOCUMENTS).forEach(n -> events.insertOne(event(n)));
        });

        withStore(new DurableH2Backend(file), events -> {
            assertEquals(DOCUMENTS, events.countDocuments());
            for (long n = 0; n < DOCUMENTS; n += 97) {
                assertEquals("c-" + n + ":0", events.find(Filters.eq("position", n)).first().getString("streamKey"));
            }
            List<Long> wanted = List.of(5L, 1_999L, 700L, 3_000L);
            List<Long> found = new ArrayList<>();
            events.find(Filters.in("position", wanted)).forEach(document -> found.add(document.getLong("position")));
            assertEquals(3, found.size());
            assertTrue(found.containsAll(List.of(5L, 1_999L, 700L)));
            assertThrows(MongoWriteException.class, () -> events.insertOne(event(42)));
            assertEquals(DOCUMENTS, events.countDocuments());
        });

        withStore(new DurableH2Backend(file), events -> {
            events.insertOne(event(DOCUMENTS));
            assertEquals("c-" + DOCUMENTS + ":0",
                events.find(Filters.eq("position", (long) DOCUMENTS)).first().getString("streamKey"));
            assertThrows(MongoWriteException.class, () -> events.insertOne(event(DOCUMENTS)));
        });
    }

    @Test
    void givenIndexDroppedAndCreatedAgain_whenLookedUp_thenOnlyTheDocumentsStoredNowAreFound() {
        withStore(new DurableH2Backend(dataDir.resolve("store.mv").toString()), events -> {
            events.createIndex(Indexes.ascending("position"), new IndexOptions().unique(true));
            events.insertOne(event(1));
            events.drop();
            events.createIndex(Indexes.ascending("position"), new IndexOptions().unique(true));
            events.insertOne(event(1));
            assertEquals(1, events.countDocuments(Filters.eq("position", 1L)));
        });
    }

    @Test
    void givenKeysEqualByValueButOfDifferentTypes_whenCompared_thenTheyStayApartInAStableOrder() {
        IndexKeyType type = new IndexKeyType();
        KeyValue anInt = new KeyValue(1);
        KeyValue aLong = new KeyValue(1L);
        int order = type.compare(anInt, aLong);
        assertFalse(order == 0);
        assertEquals(-Integer.signum(order), Integer.signum(type.compare(aLong, anInt)));
        assertTrue(type.compare(new KeyValue("a", 2L), new KeyValue("a", 10L)) < 0);
        assertEquals(0, type.compare(new KeyValue("c-1:0"), new KeyValue("c-1:0")));
    }

    @Test
    void givenStringsAndLongs_whenCompared_thenInMongoDbsOrderOfValues() {
        IndexKeyType type = new IndexKeyType();
        List<Object> values = List.of("", "a", "B", "b", "é", "\uD83D\uDE00", "tenant-1/10", "tenant-1/9",
            Long.MIN_VALUE, -1L, 0L, 7L, Long.MAX_VALUE);
        for (Object a : values) {
            for (Object b : values) {
                assertEquals(Integer.signum(ValueComparator.asc().compare(a, b)),
                    Integer.signum(type.compare(new KeyValue(a), new KeyValue(b))), a + " against " + b);
            }
        }
    }

    private static Document event(long n) {
        return new Document("position", n).append("streamKey", "c-" + n + ":0").append("payload", "x".repeat(40));
    }

    private static void withStore(MongoBackend backend, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            use.accept(client.getDatabase("contracts").getCollection("domainevents"));
        } finally {
            server.shutdown();
        }
    }
}
