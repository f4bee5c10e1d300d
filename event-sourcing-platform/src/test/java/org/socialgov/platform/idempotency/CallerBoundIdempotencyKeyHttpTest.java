package org.socialgov.platform.idempotency;

import static com.mongodb.client.model.Filters.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * An Idempotency-Key is its caller's own: the same key and request from another caller of the same company is
 * another request, carried out or refused on its own merits, never answered with the first caller's outcome. The
 * caller is the subject and, for a machine client, its client id.
 */
class CallerBoundIdempotencyKeyHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ALICE = TestTokens.internalToken("alice", "acme", List.of(Roles.CONTRACT_MANAGER));
    private static final String BOB = TestTokens.internalToken("bob", "acme", List.of(Roles.CONTRACT_MANAGER));
    private static final String BLUE = TestTokens.internalToken("agency-blue", "acme", List.of(Roles.AGENCY));
    private static final String BLUE_BOT = TestTokens.internalClientToken("agency-blue", "acme",
        List.of(Roles.AGENCY), "sgc_blue_bot");

    @RegisterExtension
    static final TestServer SERVICE = new TestServer(Map.of());

    @Test
    void givenKeyUsedByOneCaller_whenAnotherCallerSendsTheSameKeyAndRequest_thenRefusedOnItsOwnMerits()
        throws Exception {
        HttpResponse<String> alices = send(ALICE, "/test-ledgers/bound-open", "open-1");
        assertEquals(201, alices.statusCode(), alices.body());

        HttpResponse<String> bobs = send(BOB, "/test-ledgers/bound-open", "open-1");

        assertEquals(409, bobs.statusCode(), "Bob's own opening of an open ledger, not Alice's 201: " + bobs.body());
        assertTrue(bobs.body().contains("already-exists"), bobs.body());
        assertEquals(1, eventsOf("bound-open"));
    }

    @Test
    void givenKeyUsedByOneCaller_whenAnotherCallerSendsTheSameKeyAndRequest_thenItRunsAndEachRetryGetsItsOwnAnswer()
        throws Exception {
        open("bound-entries");
        assertEquals(204, send(ALICE, "/test-ledgers/bound-entries/entries/5", "entry-1").statusCode());

        assertEquals(204, send(BOB, "/test-ledgers/bound-entries/entries/5", "entry-1").statusCode());
        assertEquals(3, eventsOf("bound-entries"), "opened, Alice's entry and Bob's");

        assertEquals(204, send(ALICE, "/test-ledgers/bound-entries/entries/5", "entry-1").statusCode());
        assertEquals(204, send(BOB, "/test-ledgers/bound-entries/entries/5", "entry-1").statusCode());
        assertEquals(3, eventsOf("bound-entries"), "each retry answered from its own caller's record");
        HttpResponse<String> reused = send(BOB, "/test-ledgers/bound-entries/entries/6", "entry-1");
        assertEquals(422, reused.statusCode(), "Bob's key is Bob's, with Bob's request: " + reused.body());
    }

    @Test
    void givenAgencysOwnKey_whenItsMachineClientSendsTheSameKeyAndRequest_thenTheClientsRequestRuns()
        throws Exception {
        open("bound-client");
        assertEquals(204, send(BLUE, "/test-ledgers/bound-client/entries/8", "report-1").statusCode());

        assertEquals(204, send(BLUE_BOT, "/test-ledgers/bound-client/entries/8", "report-1").statusCode());
        assertEquals(204, send(BLUE_BOT, "/test-ledgers/bound-client/entries/8", "report-1").statusCode());

        assertEquals(3, eventsOf("bound-client"), "opened, the agency's entry and its client's, once each");
    }

    @Test
    void givenRecordFromBeforeKeysWereBoundToCallers_whenItsCallerRetries_thenReplayedAndAnotherCallerRuns()
        throws Exception {
        open("bound-legacy");
        assertEquals(204, send(ALICE, "/test-ledgers/bound-legacy/entries/9", "entry-before-upgrade").statusCode());
        keptAsBeforeTheUpgrade("alice", "entry-before-upgrade");

        assertEquals(204, send(ALICE, "/test-ledgers/bound-legacy/entries/9", "entry-before-upgrade").statusCode());
        assertEquals(2, eventsOf("bound-legacy"), "Alice's retry answered from the old record, not run again");
        assertEquals(204, send(ALICE, "/test-ledgers/bound-legacy/entries/9", "entry-before-upgrade").statusCode());
        assertEquals(1, keys().countDocuments(eq("_id", new Document("tenant", "acme").append("actor", "alice")
            .append("key", "entry-before-upgrade"))), "the old answer now kept under Alice's own key");

        assertEquals(204, send(BOB, "/test-ledgers/bound-legacy/entries/9", "entry-before-upgrade").statusCode());
        assertEquals(3, eventsOf("bound-legacy"), "the old record does not answer for Bob: his request ran");
    }

    private static MongoCollection<Document> keys() {
        return SERVICE.bean(MongoDatabase.class).getCollection("idempotency_keys");
    }

    /** Moves the caller's record under the id every record had before keys were bound to callers. */
    private static void keptAsBeforeTheUpgrade(String actor, String key) {
        Document bound = new Document("tenant", "acme").append("actor", actor).append("key", key);
        Document record = keys().findOneAndDelete(eq("_id", bound));
        keys().insertOne(record.append("_id", "acme:" + key));
    }

    private static void open(String ledgerId) throws Exception {
        HttpResponse<String> opened = send(ALICE, "/test-ledgers/" + ledgerId, null);
        assertEquals(201, opened.statusCode(), opened.body());
    }

    private static long eventsOf(String ledgerId) {
        return SERVICE.bean(EventStore.class).readEvents(ledgerId).asStream().count();
    }

    private static HttpResponse<String> send(String token, String path, String key)
        throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(SERVICE.resolve(path))
            .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
