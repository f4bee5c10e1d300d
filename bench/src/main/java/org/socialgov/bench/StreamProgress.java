package org.socialgov.bench;

import static com.mongodb.client.model.Filters.eq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * How far the processors that follow contract-service's stream are, read from the store itself (so that it measures
 * any version of the services alike): the highest stream position taken, and each processor's stored token, its
 * position and its size. contract-summaries keeps its token in contract-service's database, contract-facts (the
 * incident-service reader of contract-service's events) in incident-service's.
 */
final class StreamProgress implements AutoCloseable {

    /** The processors reading contract-service's events, by the database that holds each one's token. */
    static final Map<String, String> CONTRACT_READERS = Map.of(
        "contract-summaries", "contract-service", "contract-facts", "incident-service");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MongoClient client;

    StreamProgress(String storeUri) {
        this.client = MongoClients.create(storeUri);
    }

    /** A processor's stored token: the position it has handled up to, and the token's size. */
    record Token(long position, int bytes) {
    }

    /** The highest position contract-service's appends have taken. */
    long head() {
        Document counter = client.getDatabase("contract-service").getCollection("event_positions")
            .find(eq("_id", "domainevents")).first();
        return counter == null ? 0 : counter.get("last", Number.class).longValue();
    }

    /** Each contract reader's token now (position 0 and size 0 before its first). */
    Map<String, Token> tokens() {
        Map<String, Token> tokens = new LinkedHashMap<>();
        CONTRACT_READERS.forEach((processor, database) -> tokens.put(processor, token(database, processor)));
        return tokens;
    }

    private Token token(String database, String processor) {
        Document entry = client.getDatabase(database).getCollection("trackingtokens")
            .find(eq("processorName", processor)).first();
        Object stored = entry == null ? null : entry.get("token");
        if (stored == null) {
            return new Token(0, 0);
        }
        byte[] bytes = stored instanceof Binary binary ? binary.getData() : stored.toString().getBytes();
        try {
            return new Token(index(JSON.readTree(bytes)), bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gap-aware token's index; during a replay, that of the token it has reached. */
    private static long index(JsonNode token) {
        if (token.has("index")) {
            return token.get("index").asLong();
        }
        for (String wrapped : List.of("currentToken", "tokenAtReset")) {
            if (token.hasNonNull(wrapped)) {
                return index(token.get(wrapped));
            }
        }
        return 0;
    }

    /** How far behind the head the furthest contract reader is. */
    long greatestLag() {
        long head = head();
        return tokens().values().stream().mapToLong(token -> head - token.position()).max().orElse(head);
    }

    /** Waits until every contract reader has handled every position taken; answers how long that took. */
    Duration awaitCaughtUp(Duration bound) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + bound.toNanos();
        long lastReport = start;
        while (greatestLag() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The processors did not catch up within " + bound + ": " + tokens()
                    + " at head " + head());
            }
            if (System.nanoTime() - lastReport > Duration.ofSeconds(30).toNanos()) {
                System.out.printf("  ... head %,d, processors at %s%n", head(), tokens());
                lastReport = System.nanoTime();
            }
            Thread.sleep(200);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        client.close();
    }
}
