package org.socialgov.contract.web;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialgov.platform.audit.StoredEventLog;
import org.socialgov.testsupport.InternalTokens;

/**
 * What an auditor asks of the contracts' record over HTTP: history by page, the diff between versions, verification
 * of one contract and of the tenant, and the NDJSON export; other tenants and other roles get nothing.
 */
class ContractAuditHttpTest extends ContractServiceHttpTestBase {

    private static final String AUDITOR = InternalTokens.forUser("ann", "acme", "AUDITOR");
    private static final String OTHER_AUDITOR = InternalTokens.forUser("olga", "globex", "AUDITOR");

    @Test
    void givenRevisedContract_whenHistoryReadInPages_thenEveryEventOnceWithItsSeals() {
        String id = revisedContract();

        Map<String, Object> first = get("/contracts/" + id + "/history?limit=2", AUDITOR);
        Map<String, Object> rest = get("/contracts/" + id + "/history?limit=2&after=" + first.get("nextAfter"),
            AUDITOR);

        assertEquals(List.of(0, 1), sequenceNumbers(first));
        assertEquals(List.of(2), sequenceNumbers(rest));
        assertEquals(null, rest.get("nextAfter"));
        Map<?, ?> revision = events(first).get(1);
        assertEquals(List.of("ContractTermsRevisedEvent", "alice", "acme"),
            List.of(revision.get("eventType"), revision.get("actor"), revision.get("tenant")));
        assertEquals(events(first).get(0).get("hash"), revision.get("previousHash"));
    }

    @Test
    void givenRevisedContract_whenVersionsCompared_thenExactlyTheRevisedTermsAndTheEventsBetween() {
        String id = revisedContract();

        Map<String, Object> diff = get("/contracts/" + id + "/diff?from=1&to=2", AUDITOR);

        List<?> changes = (List<?>) diff.get("changes");
        assertTrue(changes.contains(Map.of("path", "terms.scope.platforms[0]", "before", "LINKEDIN",
            "after", "TIKTOK")), changes.toString());
        assertTrue(changes.stream().map(change -> (String) ((Map<?, ?>) change).get("path"))
            .allMatch(path -> path.startsWith("terms.") || path.equals("version")), changes.toString());
        assertEquals(List.of(2), ((List<?>) diff.get("events")).stream()
            .map(event -> ((Map<?, ?>) event).get("sequenceNumber")).toList());
        ContractsHttpTest.assertProblem(() -> service.http().exchange(HttpRequest.GET("/contracts/" + id
            + "/diff?from=2&to=1").bearerAuth(AUDITOR), JSON), 400, "invalid-request");
        ContractsHttpTest.assertProblem(() -> service.http().exchange(HttpRequest.GET("/contracts/" + id
            + "/diff?from=0&to=9").bearerAuth(AUDITOR), JSON), 404, "not-found");
    }

    @Test
    void givenEventEditedInTheDatabase_whenContractVerified_thenItNamesThatEvent() {
        String id = revisedContract();
        assertEquals("INTACT", get("/contracts/" + id + "/integrity", AUDITOR).get("verdict"));

        MongoCollection<Document> events = service.context().getBean(MongoDatabase.class)
            .getCollection(StoredEventLog.COLLECTION);
        Document revision = events.find(and(eq("aggregateIdentifier", id), eq("sequenceNumber", 1L))).first();
        events.updateOne(and(eq("aggregateIdentifier", id), eq("sequenceNumber", 1L)), set("serializedPayload",
            revision.getString("serializedPayload").replace("LINKEDIN", "FACEBOOK")));

        Map<String, Object> report = get("/contracts/" + id + "/integrity", AUDITOR);
        assertEquals(List.of("BROKEN", 1, "CHANGED"),
            List.of(report.get("verdict"), report.get("brokenAt"), report.get("breach")));
        Map<String, Object> tenant = get("/audit/contracts/integrity", AUDITOR);
        assertEquals("BROKEN", tenant.get("verdict"));
        assertTrue(((List<?>) tenant.get("broken")).stream().anyMatch(broken -> id.equals(((Map<?, ?>) broken)
            .get("aggregateId"))), tenant.toString());
    }

    @Test
    void givenContracts_whenAuditorExports_thenNdjsonOfTheTenantsEventsOnly() throws Exception {
        String id = revisedContract();
        String otherTenants = createDraft(InternalTokens.forUser("gus", "globex", "CONTRACT_MANAGER"),
            org.socialgov.contract.ContractFixtures.draftRequestJson());

        HttpResponse<String> export = service.http().exchange(HttpRequest.GET("/audit/contracts/events")
            .accept("application/x-ndjson").bearerAuth(AUDITOR), String.class);

        assertEquals("application/x-ndjson", export.header(HttpHeaders.CONTENT_TYPE));
        ObjectMapper json = new ObjectMapper();
        List<Map<?, ?>> lines = export.body().lines().<Map<?, ?>>map(line -> {
            try {
                return json.readValue(line, Map.class);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
        assertTrue(lines.stream().anyMatch(line -> id.equals(line.get("aggregateId"))));
        assertTrue(lines.stream().noneMatch(line -> otherTenants.equals(line.get("aggregateId"))));
        assertTrue(lines.stream().allMatch(line -> "acme".equals(line.get("tenant"))
            && ((String) line.get("hash")).length() == 64));
    }

    @Test
    void givenAnotherTenantOrRole_whenAskingForTheRecord_thenNothingIsShown() {
        String id = revisedContract();

        for (String path : List.of("/history", "/integrity", "/diff?from=0&to=1")) {
            ContractsHttpTest.assertProblem(() -> service.http().exchange(HttpRequest.GET("/contracts/" + id + path)
                .bearerAuth(OTHER_AUDITOR), JSON), 404, "not-found");
            ContractsHttpTest.assertProblem(() -> service.http().exchange(HttpRequest.GET("/contracts/" + id + path)
                .bearerAuth(AGENCY), JSON), 403, "forbidden");
        }
        ContractsHttpTest.assertProblem(() -> service.http().exchange(HttpRequest.GET("/audit/contracts/integrity")
            .bearerAuth(MANAGER), JSON), 403, "forbidden");
        ContractsHttpTest.assertProblem(() -> service.http().exchange(HttpRequest.GET("/audit/contracts/events")
            .bearerAuth(MANAGER), JSON), 403, "forbidden");
        ContractsHttpTest.assertProblem(() -> service.http().exchange(HttpRequest.GET("/contracts/" + id
            + "/history?limit=0").bearerAuth(AUDITOR), JSON), 400, "invalid-request");
    }

    @Test
    void givenBodyClaimingAnotherActorAndTenant_whenDraftCreated_thenRefusedAndTheRecordNamesOnlyTheCaller() {
        String claimingOthers = org.socialgov.contract.ContractFixtures.draftRequestJson().replaceFirst("\\{",
            "{\"actor\":\"mallory\",\"tenant\":\"globex\",\"reason\":\"forged\",");
        HttpClientResponseException refused = ContractsHttpTest.assertProblem(() -> service.http().exchange(
            post("", claimingOthers, MANAGER), JSON), 400, "invalid-request");
        assertTrue(refused.getResponse().getBody(String.class).orElseThrow()
            .contains("\"field\":\"actor\",\"message\":\"is not a field this request takes"));

        HttpResponse<Map<String, Object>> created = service.http().exchange(post("",
            org.socialgov.contract.ContractFixtures.draftRequestJson(), MANAGER)
            .header("X-Change-Reason", "Board decision 14"), JSON);
        Map<?, ?> recorded = events(get("/contracts/" + created.body().get("contractId") + "/history", AUDITOR))
            .get(0);
        assertEquals(List.of("alice", "acme", "Board decision 14"),
            List.of(recorded.get("actor"), recorded.get("tenant"), recorded.get("reason")));
    }

    private static String revisedContract() {
        String id = createDraft();
        revise(id, "{\"scope\":{\"platforms\":[\"LINKEDIN\"]}}");
        revise(id, "{\"scope\":{\"platforms\":[\"TIKTOK\"]}}");
        return id;
    }

    private static void revise(String id, String terms) {
        service.http().retrieve(HttpRequest.PUT("/contracts/" + id + "/terms", terms)
            .contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER), JSON);
    }

    private static Map<String, Object> get(String path, String token) {
        return service.http().retrieve(HttpRequest.GET(path).bearerAuth(token), JSON);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> events(Map<String, Object> page) {
        return (List<Map<?, ?>>) page.get("events");
    }

    private static List<Object> sequenceNumbers(Map<String, Object> page) {
        return events(page).stream().map(event -> (Object) event.get("sequenceNumber")).toList();
    }
}
