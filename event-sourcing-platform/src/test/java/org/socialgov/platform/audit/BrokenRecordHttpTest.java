package org.socialgov.platform.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.support.TestServer;
import org.socialgov.platform.support.TestTokens;

/**
 * A ledger whose record lost an event in the middle, deleted behind the application's back: reads of the present and
 * commands are refused with the record-broken problem naming the first missing event, versions before the gap still
 * read, nothing is appended after the gap, and another company learns nothing about the record.
 */
class BrokenRecordHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACME = TestTokens.internalToken("alice", "acme", List.of(Roles.CONTRACT_MANAGER));
    private static final String GLOBEX = TestTokens.internalToken("gus", "globex", List.of(Roles.CONTRACT_MANAGER));

    @RegisterExtension
    static final TestServer SERVICE = new TestServer(Map.of("socialgov.events.snapshot-threshold", 5));

    @Test
    void givenEventDeletedInTheMiddle_whenReadNow_thenRecordBrokenNamingTheFirstMissingEvent() throws Exception {
        ledger("gap-1", 10, 20, 30, 40);
        deleteEvent("gap-1", 2);

        HttpResponse<String> read = send(get("/test-ledgers/gap-1/balance", ACME));

        JsonNode problem = assertRecordBroken(read);
        assertTrue(problem.get("detail").asText().contains("event 2 is missing"), read.body());
        assertTrue(problem.get("detail").asText().contains("GET /test-ledgers/gap-1/integrity"), read.body());
    }

    @Test
    void givenEventDeletedInTheMiddle_whenReadAtAVersion_thenThoseBeforeTheGapAnswerAndLaterOnesAreBroken()
        throws Exception {
        ledger("gap-2", 10, 20, 30, 40);
        deleteEvent("gap-2", 2);

        HttpResponse<String> beforeGap = send(get("/test-ledgers/gap-2/balance?version=1", ACME));
        HttpResponse<String> afterGap = send(get("/test-ledgers/gap-2/balance?version=3", ACME));

        assertEquals(200, beforeGap.statusCode(), beforeGap.body());
        assertEquals(Map.of("balance", 10, "version", 1), JSON.readValue(beforeGap.body(), Map.class));
        assertTrue(assertRecordBroken(afterGap).get("detail").asText().contains("event 2 is missing"));
    }

    @Test
    void givenEventDeletedInTheMiddle_whenCommandSent_thenRefusedAsBrokenAndNothingAppended() throws Exception {
        ledger("gap-3", 10, 20, 30, 40);
        deleteEvent("gap-3", 2);

        HttpResponse<String> entry = send(post("/test-ledgers/gap-3/entries/50", ACME));

        assertTrue(assertRecordBroken(entry).get("detail").asText().contains("event 2 is missing"));
        assertEquals(List.of(0L, 1L, 3L, 4L), storedSequenceNumbers("gap-3"));
    }

    @Test
    void givenEventDeletedBeforeTheLatestSnapshot_whenReadOrCommanded_thenRecordBrokenAsWell() throws Exception {
        ledger("gap-4", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertTrue(SERVICE.bean(MongoDatabase.class).getCollection("snapshotevents")
            .countDocuments(new Document("aggregateIdentifier", "gap-4")) > 0, "the present loads from a snapshot");
        deleteEvent("gap-4", 1);

        HttpResponse<String> read = send(get("/test-ledgers/gap-4/balance", ACME));
        HttpResponse<String> entry = send(post("/test-ledgers/gap-4/entries/50", ACME));

        assertTrue(assertRecordBroken(read).get("detail").asText().contains("event 1 is missing"), read.body());
        assertTrue(assertRecordBroken(entry).get("detail").asText().contains("event 1 is missing"), entry.body());
        assertEquals(10, storedSequenceNumbers("gap-4").size());
    }

    @Test
    void givenAnotherCompanysBrokenRecord_whenRead_thenAnsweredAsIfThereWereNoRecord() throws Exception {
        ledger("gap-5", 10, 20, 30);
        deleteEvent("gap-5", 2);

        HttpResponse<String> foreign = send(get("/test-ledgers/gap-5/balance", GLOBEX));
        HttpResponse<String> missing = send(get("/test-ledgers/no-such-ledger/balance", GLOBEX));

        assertEquals(404, foreign.statusCode(), foreign.body());
        // The same answer but for the identifier asked about, which the one not-found answer names.
        assertEquals(withoutRequest(missing.body().replace("no-such-ledger", "gap-5")), withoutRequest(foreign.body()));
        assertTrue(assertRecordBroken(send(post("/test-ledgers/gap-5/entries/5", ACME))).get("detail").asText()
            .contains("event 2 is missing"));
        assertEquals(404, send(post("/test-ledgers/gap-5/entries/5", GLOBEX)).statusCode());
        assertEquals(List.of(0L, 1L, 3L), storedSequenceNumbers("gap-5"));
    }

    private static JsonNode assertRecordBroken(HttpResponse<String> response) throws IOException {
        assertEquals(500, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(RecordBrokenException.TYPE.uri(), problem.get("type").asText(), response.body());
        assertEquals(RecordBrokenException.TYPE.title(), problem.get("title").asText());
        return problem;
    }

    private static Map<?, ?> withoutRequest(String problem) throws IOException {
        Map<?, ?> body = new HashMap<>(JSON.readValue(problem, Map.class));
        body.remove("instance");
        body.remove("requestId");
        return body;
    }

    private static void ledger(String ledgerId, long... amounts) throws Exception {
        assertEquals(201, send(post("/test-ledgers/" + ledgerId, ACME)).statusCode());
        for (long amount : amounts) {
            assertEquals(204, send(post("/test-ledgers/" + ledgerId + "/entries/" + amount, ACME)).statusCode());
        }
    }

    private static void deleteEvent(String ledgerId, long sequenceNumber) {
        assertEquals(1, events().deleteOne(and(eq("aggregateIdentifier", ledgerId),
            eq("sequenceNumber", sequenceNumber))).getDeletedCount());
    }

    private static List<Long> storedSequenceNumbers(String ledgerId) {
        return events().find(eq("aggregateIdentifier", ledgerId)).map(event -> event.getLong("sequenceNumber"))
            .into(new ArrayList<>()).stream().sorted().toList();
    }

    private static MongoCollection<Document> events() {
        return SERVICE.bean(MongoDatabase.class).getCollection(StoredEventLog.COLLECTION);
    }

    private static HttpRequest.Builder get(String path, String token) {
        return HttpRequest.newBuilder(SERVICE.resolve(path)).header("Authorization", "Bearer " + token).GET();
    }

    private static HttpRequest.Builder post(String path, String token) {
        return HttpRequest.newBuilder(SERVICE.resolve(path)).header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.noBody());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
