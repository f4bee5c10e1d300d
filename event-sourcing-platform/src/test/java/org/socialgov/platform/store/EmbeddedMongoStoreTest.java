package org.socialgov.platform.store;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded MongoDB stand-in keeps what it acknowledged: across an orderly restart, and across a {@code kill -9}
 * of the process that runs it. Everything goes through the real MongoDB driver, as a service's does.
 */
class EmbeddedMongoStoreTest {

    private static final int DOCUMENTS = 300;

    @TempDir
    Path dataDir;

    private Process storeProcess;

    @AfterEach
    void stopStoreProcess() {
        if (storeProcess != null) {
            storeProcess.destroyForcibly();
        }
    }

    @Test
    void givenDocumentsAndAUniqueIndex_whenStoreIsRestarted_thenBothAreStillThere() {
        Path file = dataDir.resolve("restart.mv");
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(file, 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> notes = notes(client);
            notes.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            IntStream.range(0, 10).forEach(i -> notes.insertOne(new Document("key", i).append("text", "note " + i)));
        }

        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(file, 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> notes = notes(client);
            assertEquals(IntStream.range(0, 10).boxed().toList(), keys(notes));
            assertEquals("note 7", notes.find(new Document("key", 7)).first().getString("text"));
            MongoWriteException duplicate = assertThrows(MongoWriteException.class,
                () -> notes.insertOne(new Document("key", 7)));
            assertEquals(ErrorCategory.DUPLICATE_KEY, ErrorCategory.fromErrorCode(duplicate.getCode()));
        }
    }

    /**
     * The stock H2 backend lets the MVStore auto-commit about once a second, so a crash right after a burst of writes
     * would lose some the client had seen acknowledged. DurableH2Backend commits before acknowledging.
     */
    @Test
    void givenAcknowledgedWrites_whenStoreProcessIsKilled_thenNothingIsLost() throws Exception {
        Path file = dataDir.resolve("crash.mv");
        storeProcess = startStoreProcess(file);
        int port = awaitPort(dataDir.resolve("store-process.log"));

        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> notes = notes(client);
            for (int i = 0; i < DOCUMENTS; i++) {
                notes.insertOne(new Document("key", i)); // returns once the store has acknowledged the write
            }
            storeProcess.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit
            storeProcess.waitFor();
        }

        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(file, 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            List<Integer> stored = keys(notes(client));
            List<Integer> lost = IntStream.range(0, DOCUMENTS).boxed().filter(key -> !stored.contains(key)).toList();
            assertEquals(List.of(), lost, "acknowledged writes lost by the kill");
            assertEquals(DOCUMENTS, stored.size());
        }
    }

    private Process startStoreProcess(Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
            EmbeddedStoreProcess.class.getName(), file.toString())
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve("store-process.log").toFile())
            .start();
    }

    private int awaitPort(Path log) {
        return await("the store process to listen").atMost(Duration.ofSeconds(20))
            .until(() -> portIn(log), Optional::isPresent)
            .orElseThrow();
    }

    private Optional<Integer> portIn(Path log) throws IOException {
        if (!storeProcess.isAlive()) {
            throw new IllegalStateException("The store process died: " + Files.readString(log));
        }
        return Files.readAllLines(log).stream()
            .filter(line -> line.startsWith(EmbeddedStoreProcess.PORT_LINE_PREFIX))
            .map(line -> Integer.parseInt(line.substring(EmbeddedStoreProcess.PORT_LINE_PREFIX.length()).trim()))
            .findFirst();
    }

    private static MongoCollection<Document> notes(MongoClient client) {
        return client.getDatabase("store-test").getCollection("notes");
    }

    private static List<Integer> keys(MongoCollection<Document> notes) {
        return notes.find().sort(Indexes.ascending("key")).map(document -> document.getInteger("key"))
            .into(new ArrayList<>());
    }
}
