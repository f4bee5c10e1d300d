package org.socialgov.platform.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service's client gives up on a store that went away within its configured timeouts, instead of holding the
 * request until the store returns; and it works again, without a restart, once the store is back.
 */
class StoreOutageTimeoutTest {

    @TempDir
    Path dataDir;

    @Test
    void givenTheStoreStopped_whenReadingAndWriting_thenEachFailsWithinTheTimeoutAndWorksOnceItIsBack() {
        Path file = dataDir.resolve("outage.mv");
        EmbeddedMongoStore store = EmbeddedMongoStore.start(file, 0);
        int port = store.port();
        StoreSettings settings = new StoreSettings();
        settings.setUri(store.connectionString());
        settings.setDatabase("outage");
        try (MongoClient client = new MongoStoreFactory().mongoClient(settings,
            new MongoStoreFactory.EmbeddedStoreHolder(Optional.empty()), List.of())) {
            MongoCollection<Document> documents = client.getDatabase("outage").getCollection("documents");
            documents.insertOne(new Document("n", 0));
            store.close();

            for (int attempt = 1; attempt <= 4; attempt++) {
                int n = attempt;
                long startedAt = System.nanoTime();
                assertThrows(MongoException.class, () -> documents.insertOne(new Document("n", n)));
                assertThrows(MongoException.class, () -> documents.find().first());
                Duration took = Duration.ofNanos(System.nanoTime() - startedAt);
                assertTrue(took.compareTo(settings.getServerSelectionTimeout().multipliedBy(3)) < 0,
                    "attempt " + attempt + " took " + took);
            }

            store = EmbeddedMongoStore.start(file, port);
            documents.insertOne(new Document("n", 5));
            assertTrue(documents.countDocuments() >= 2);
        } finally {
            store.close();
        }
    }
}
