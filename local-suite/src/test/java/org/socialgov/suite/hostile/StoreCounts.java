package org.socialgov.suite.hostile;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.awaitility.Awaitility;

/**
 * How many documents every collection of the suite's databases holds: the events, the read models and the rest.
 * The run is sequential, so a difference across one refused request is exactly what that request stored.
 */
final class StoreCounts implements AutoCloseable {

    /**
     * Left out: answers kept for Idempotency-Key replays (a refusal's answer is kept on purpose, so that a retry
     * gets the same one; it is no effect of the request) and Axon's own bookkeeping of processors.
     */
    private static final Set<String> NOT_EFFECTS = Set.of("idempotency_keys", "trackingtokens", "sagas",
        "deadletters");
    private static final Set<String> SYSTEM_DATABASES = Set.of("admin", "local", "config");
    private static final Duration POLL = Duration.ofMillis(150);

    private final MongoClient client;

    StoreCounts(String connectionString) {
        this.client = MongoClients.create(connectionString);
    }

    Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : client.listDatabaseNames()) {
            if (SYSTEM_DATABASES.contains(name)) {
                continue;
            }
            MongoDatabase database = client.getDatabase(name);
            for (String collection : database.listCollectionNames()) {
                if (!NOT_EFFECTS.contains(collection.toLowerCase())) {
                    counts.put(name + "." + collection, database.getCollection(collection).estimatedDocumentCount());
                }
            }
        }
        return counts;
    }

    /**
     * Waits until the counts stay the same for {@code quiet}: read models follow the events on other threads (in
     * another service, by polling its store), so an accepted change is only complete when they stop moving.
     */
    Map<String, Long> awaitQuiet(Duration quiet, Duration timeout) {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(snapshot());
        AtomicLong stableSince = new AtomicLong(System.nanoTime());
        Awaitility.await("the store settles").atMost(timeout).pollInterval(POLL).until(() -> {
            Map<String, Long> now = snapshot();
            if (!now.equals(last.get())) {
                last.set(now);
                stableSince.set(System.nanoTime());
            }
            return System.nanoTime() - stableSince.get() >= quiet.toNanos();
        });
        return last.get();
    }

    /** What changed from {@code before} to {@code after}, e.g. {@code contract-service.domainevents +1}. */
    static String difference(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder difference = new StringBuilder();
        Map<String, Long> all = new TreeMap<>(before);
        after.forEach(all::putIfAbsent);
        all.keySet().forEach(name -> {
            long change = after.getOrDefault(name, 0L) - before.getOrDefault(name, 0L);
            if (change != 0) {
                difference.append(difference.isEmpty() ? "" : ", ").append(name).append(change > 0 ? " +" : " ")
                    .append(change);
            }
        });
        return difference.toString();
    }

    @Override
    public void close() {
        client.close();
    }
}
