package org.socialgov.platform.store;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backend commits the MVStore before it acknowledges a write, so when the driver returns nothing is left only in
 * memory. (The kill -9 proof is in EmbeddedMongoStoreTest; this shows the mechanism for every kind of write.)
 */
class DurableH2BackendTest {

    @TempDir
    Path dataDir;

    private DurableH2Backend backend;
    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void startServer() {
        backend = new DurableH2Backend(dataDir.resolve("durable.mv").toString());
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.shutdown();
    }

    @Test
    void givenEachKindOfWrite_whenAcknowledged_thenNothingIsLeftUncommitted() {
        MongoDatabase database = client.getDatabase("durable");
        MongoCollection<Document> notes = database.getCollection("notes");
        assertCommittedAfter("create", db -> db.createCollection("drafts"));
        assertCommittedAfter("insert", db -> notes.insertOne(new Document("key", 1)));
        assertCommittedAfter("update", db -> notes.updateOne(Filters.eq("key", 1), Updates.set("text", "a")));
        assertCommittedAfter("findAndModify",
            db -> notes.findOneAndUpdate(Filters.eq("key", 1), Updates.set("text", "b")));
        assertCommittedAfter("createIndexes",
            db -> notes.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true)));
        assertCommittedAfter("dropIndexes", db -> notes.dropIndex(Indexes.ascending("key")));
        assertCommittedAfter("delete", db -> notes.deleteOne(Filters.eq("key", 1)));
        assertCommittedAfter("drop", db -> notes.drop());
        assertCommittedAfter("dropDatabase", MongoDatabase::drop);
    }

    /**
     * Command names are protocol identifiers; lower-casing them with the default locale turns "createIndexes" into
     * "createındexes" (dotless ı) under a Turkish locale, so the index would wait for H2's once-a-second auto-commit.
     */
    @Test
    void givenTurkishDefaultLocale_whenIndexCreated_thenItIsCommittedBeforeTheAcknowledgement() {
        Locale original = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            MongoCollection<Document> notes = client.getDatabase("durable").getCollection("notes");
            notes.insertOne(new Document("key", 1));
            assertCommittedAfter("createIndexes",
                db -> notes.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true)));
        } finally {
            Locale.setDefault(original);
        }
    }

    private void assertCommittedAfter(String command, Consumer<MongoDatabase> write) {
        write.accept(client.getDatabase("durable"));
        assertFalse(backend.getMvStore().hasUnsavedChanges(), command + " acknowledged before it was committed");
    }
}
