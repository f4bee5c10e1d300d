package org.socialgov.contract.web;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialgov.platform.audit.StoredEventLog;
import org.socialgov.testsupport.InternalTokens;

/**
 * A contract whose record lost an event in the middle (deleted with the driver, behind the service's back): the
 * present is neither read nor changed, with a problem naming the first missing event and the integrity report;
 * the versions before the gap still read; another company learns nothing of it.
 */
class ContractRecordBrokenHttpTest extends ContractServiceHttpTestBase {

    private static final String AUDITOR = InternalTokens.forUser("ann", "acme", "AUDITOR");
    private static final String OTHER_MANAGER = InternalTokens.forUser("gus", "globex", "CONTRACT_MANAGER");

    @Test
    void givenEventDeletedFromTheMiddle_whenReadOrChanged_thenRecordBrokenAndVersionsBeforeTheGapStillRead() {
        String id = createDraft();
        Instant created = Instant.parse((String) events(id).get(0).get("occurredAt"));
        await().until(() -> Instant.now().isAfter(created));
        for (String platform : List.of("LINKEDIN", "TIKTOK", "YOUTUBE", "X")) {
            revise(id, "{\"scope\":{\"platforms\":[\"" + platform + "\"]}}");
        }
        Instant afterTheGap = Instant.parse((String) events(id).get(3).get("occurredAt"));
        deleteEvent(id, 2);

        String detail = assertRecordBroken(() -> read(id, "", MANAGER));
        assertTrue(detail.contains("event 2 is missing"), detail);
        assertTrue(detail.contains("GET /contracts/" + id + "/integrity"), detail);
        assertEquals("\"1\"", read(id, "?version=1", MANAGER).header(HttpHeaders.ETAG));
        assertEquals("\"0\"", read(id, "?asOf=" + created, AUDITOR).header(HttpHeaders.ETAG));
        assertRecordBroken(() -> read(id, "?version=3", AUDITOR));
        assertRecordBroken(() -> read(id, "?asOf=" + afterTheGap, AUDITOR));

        assertRecordBroken(() -> revise(id, "{\"scope\":{\"platforms\":[\"FACEBOOK\"]}}"));
        assertRecordBroken(() -> service.http().exchange(post(id + "/signatures", "{\"party\":\"CLIENT\","
            + "\"signatoryName\":\"Hanako Yamada\",\"signatoryRole\":\"Head of Legal\"}", MANAGER), JSON));
        assertEquals(List.of(0L, 1L, 3L, 4L), storedSequenceNumbers(id), "nothing was appended after the gap");
        Map<String, Object> integrity = service.http().retrieve(HttpRequest.GET("/contracts/" + id + "/integrity")
            .bearerAuth(AUDITOR), JSON);
        assertEquals(List.of("BROKEN", 3, "MISSING"),
            List.of(integrity.get("verdict"), integrity.get("brokenAt"), integrity.get("breach")));
    }

    @Test
    void givenAnotherCompanysBrokenContract_whenRead_thenTheSameAnswerAsForNoContract() throws Exception {
        String id = createDraft();
        revise(id, "{\"scope\":{\"platforms\":[\"LINKEDIN\"]}}");
        revise(id, "{\"scope\":{\"platforms\":[\"TIKTOK\"]}}");
        deleteEvent(id, 1);

        HttpClientResponseException foreign = ContractsHttpTest.assertProblem(() -> read(id, "", OTHER_MANAGER),
            404, "not-found");
        String missingId = UUID.randomUUID().toString();
        HttpClientResponseException missing = ContractsHttpTest.assertProblem(() -> read(missingId, "", OTHER_MANAGER),
            404, "not-found");

        // The one not-found answer names the id asked about; apart from it, the two must not differ.
        Map<String, Object> expected = withoutRequest(missing);
        expected.computeIfPresent("detail", (key, detail) -> String.valueOf(detail).replace(missingId, id));
        assertEquals(expected, withoutRequest(foreign));
    }

    private static String assertRecordBroken(Runnable call) {
        HttpClientResponseException refused = ContractsHttpTest.assertProblem(call, 500, "record-broken");
        return (String) refused.getResponse().getBody(JSON).orElseThrow().get("detail");
    }

    private static Map<String, Object> withoutRequest(HttpClientResponseException problem) throws Exception {
        Map<String, Object> body = new ObjectMapper().readValue(
            problem.getResponse().getBody(String.class).orElseThrow(), new TypeReference<Map<String, Object>>() { });
        body.remove("instance");
        body.remove("requestId");
        return body;
    }

    private static io.micronaut.http.HttpResponse<Map<String, Object>> read(String id, String query, String token) {
        return service.http().exchange(HttpRequest.GET("/contracts/" + id + query).bearerAuth(token), JSON);
    }

    private static void revise(String id, String terms) {
        service.http().retrieve(HttpRequest.PUT("/contracts/" + id + "/terms", terms)
            .contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER), JSON);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(String id) {
        return (List<Map<String, Object>>) service.http().retrieve(HttpRequest.GET("/contracts/" + id + "/history")
            .bearerAuth(AUDITOR), JSON).get("events");
    }

    private static void deleteEvent(String id, long sequenceNumber) {
        assertEquals(1, storedEvents().deleteOne(and(eq("aggregateIdentifier", id),
            eq("sequenceNumber", sequenceNumber))).getDeletedCount());
    }

    private static List<Long> storedSequenceNumbers(String id) {
        return storedEvents().find(eq("aggregateIdentifier", id)).map(event -> event.getLong("sequenceNumber"))
            .into(new ArrayList<>()).stream().sorted().toList();
    }

    private static MongoCollection<Document> storedEvents() {
        return service.context().getBean(MongoDatabase.class).getCollection(StoredEventLog.COLLECTION);
    }
}
