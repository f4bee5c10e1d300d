package org.socialgov.platform.idempotency;

import static com.mongodb.client.model.Filters.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.support.TestServer;
import org.socialgov.platform.support.TestTokens;

/**
 * A process killed while it held an Idempotency-Key leaves the key unfinished. A retry after that must neither wait
 * forever nor repeat an effect already on the record: once the claim is abandoned, the retry is told the effect it
 * had, or, if it had none, runs.
 */
class AbandonedIdempotencyKeyHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = TestTokens.internalToken("alice", "acme", List.of(Roles.CONTRACT_MANAGER));
    private static final String BOB = TestTokens.internalToken("bob", "acme", List.of(Roles.CONTRACT_MANAGER));
    private static final String KILLED_PROCESS = "a-process-killed-in-mid-request";

    @RegisterExtension
    static final TestServer SERVICE = new TestServer(Map.of("socialgov.idempotency.abandoned-after", "5s"));

    @Test
    void givenProcessDiedAfterTheEffectButBeforeTheAnswer_whenRetried_thenToldTheEffectAndNothingRepeated()
        throws Exception {
        open("ledger-answer-lost");
        assertEquals(204, recordEntry("ledger-answer-lost", 5, "entry-1").statusCode());
        leftUnfinishedByKilledProcess(keyOf("alice", "entry-1"), Instant.now().minus(Duration.ofHours(1)));

        for (int retry = 0; retry < 2; retry++) {
            HttpResponse<String> answer = recordEntry("ledger-answer-lost", 5, "entry-1");
            assertEquals(409, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("idempotency-key-answer-lost"), answer.body());
            assertTrue(answer.body().contains("EntryRecordedEvent on Ledger ledger-answer-lost"), answer.body());
        }
        assertEquals(2, SERVICE.bean(EventStore.class).readEvents("ledger-answer-lost").asStream().count(), "opened, one entry");
    }

    @Test
    void givenProcessDiedBeforeTheEffect_whenRetried_thenTheRequestRunsOnce() throws Exception {
        open("ledger-no-effect");
        String requestHash = claimedHashOf("ledger-no-effect", 7, "template");
        claimedByKilledProcess(keyOf("alice", "entry-never-applied"), requestHash);

        assertEquals(204, recordEntry("ledger-no-effect", 7, "entry-never-applied").statusCode());
        assertEquals(204, recordEntry("ledger-no-effect", 7, "entry-never-applied").statusCode(), "answer replayed");

        assertEquals(3, SERVICE.bean(EventStore.class).readEvents("ledger-no-effect").asStream().count(),
            "opened, the template's entry, and the retried entry once");
    }

    @Test
    void givenProcessDiedBeforeTheEffect_whenRetried_thenAnotherCallersEffectWithTheSameKeyIsNotTakenForIt()
        throws Exception {
        open("ledger-two-callers");
        String requestHash = claimedHashOf("ledger-two-callers", 4, "shared-key");
        claimedByKilledProcess(keyOf("bob", "shared-key"), requestHash);

        HttpResponse<String> bobsRetry = recordEntry("ledger-two-callers", 4, "shared-key", BOB);

        assertEquals(204, bobsRetry.statusCode(), "Alice's entry with that key is not Bob's: " + bobsRetry.body());
        assertEquals(3, SERVICE.bean(EventStore.class).readEvents("ledger-two-callers").asStream().count(),
            "opened, Alice's entry and Bob's");
    }

    @Test
    void givenClaimOfAnotherProcessTooRecentToBeAbandoned_whenRetried_thenStillInProgress() throws Exception {
        open("ledger-in-progress");
        assertEquals(204, recordEntry("ledger-in-progress", 3, "entry-busy").statusCode());
        leftUnfinishedByKilledProcess(keyOf("alice", "entry-busy"), Instant.now());

        HttpResponse<String> answer = recordEntry("ledger-in-progress", 3, "entry-busy");

        assertEquals(409, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("idempotency-key-in-progress"), answer.body());
        assertEquals(2, SERVICE.bean(EventStore.class).readEvents("ledger-in-progress").asStream().count());
    }

    /** The id of a caller's key in tenant acme. */
    private static Document keyOf(String actor, String key) {
        return new Document("tenant", "acme").append("actor", actor).append("key", key);
    }

    /** What a key's record looks like when its process was killed after claiming it, before the command ran. */
    private static void claimedByKilledProcess(Document id, String requestHash) {
        keys().insertOne(new Document("_id", id).append("requestHash", requestHash)
            .append("state", IdempotencyRecords.IN_PROGRESS).append("owner", KILLED_PROCESS)
            .append("claimedAt", Date.from(Instant.now().minus(Duration.ofHours(1)))));
    }

    private static MongoCollection<Document> keys() {
        return SERVICE.bean(MongoDatabase.class).getCollection("idempotency_keys");
    }

    /** What the key's record looks like when its process was killed after claiming it and before answering. */
    private static void leftUnfinishedByKilledProcess(Document id, Instant claimedAt) {
        keys().updateOne(eq("_id", id), new Document("$set", new Document("state", IdempotencyRecords.IN_PROGRESS)
            .append("owner", KILLED_PROCESS).append("claimedAt", Date.from(claimedAt)))
            .append("$unset", new Document("status", "").append("body", "").append("headers", "")));
    }

    /** The fingerprint of a request, taken from the record of the same request sent under another key. */
    private static String claimedHashOf(String ledgerId, long amount, String key) throws Exception {
        assertEquals(204, recordEntry(ledgerId, amount, key).statusCode());
        return keys().find(eq("_id", keyOf("alice", key))).first().getString("requestHash");
    }

    private static void open(String ledgerId) throws Exception {
        assertEquals(201, send(HttpRequest.newBuilder(SERVICE.resolve("/test-ledgers/" + ledgerId))
            .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody())).statusCode());
    }

    private static HttpResponse<String> recordEntry(String ledgerId, long amount, String key) throws Exception {
        return recordEntry(ledgerId, amount, key, TOKEN);
    }

    private static HttpResponse<String> recordEntry(String ledgerId, long amount, String key, String token)
        throws Exception {
        return send(HttpRequest.newBuilder(SERVICE.resolve("/test-ledgers/" + ledgerId + "/entries/" + amount))
            .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
