package org.socialgov.contract.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.testsupport.InternalTokens;

/** Revising, withdrawing and reviewing a draft through the real server. */
class ContractDraftLifecycleHttpTest extends ContractServiceHttpTestBase {

    @Test
    void givenDraft_whenRevisedWithCurrentEtag_thenNewTermsAndNextVersion() {
        String id = createDraft();
        HttpResponse<Map<String, Object>> revised = service.http().exchange(
            HttpRequest.PUT("/contracts/" + id + "/terms", "{\"scope\":{\"platforms\":[\"LINKEDIN\"]}}")
                .contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER).header(HttpHeaders.IF_MATCH, "\"0\""),
            JSON);

        assertEquals("\"1\"", revised.header(HttpHeaders.ETAG));
        assertEquals(Map.of("scope", Map.of("platforms", List.of("LINKEDIN"))), revised.body().get("terms"));
    }

    @Test
    void givenDraftChangedSinceRead_whenRevisedWithStaleEtag_thenPreconditionFailedAndNothingStored() {
        String id = createDraft();
        service.http().exchange(HttpRequest.PUT("/contracts/" + id + "/terms", ContractFixtures.recommendedTermsJson())
            .contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER), JSON);
        long before = storedEvents();

        ContractsHttpTest.assertProblem(() -> service.http().exchange(
            HttpRequest.PUT("/contracts/" + id + "/terms", ContractFixtures.recommendedTermsJson())
                .contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER).header(HttpHeaders.IF_MATCH, "\"0\""),
            JSON), 412, "precondition-failed");
        assertEquals(before, storedEvents());
    }

    @Test
    void givenWithdrawnDraft_whenRevised_thenConflictNamingTheState() {
        String id = createDraft();
        Map<String, Object> withdrawn = service.http().retrieve(
            HttpRequest.POST("/contracts/" + id + "/withdrawal", "").bearerAuth(MANAGER), JSON);
        assertEquals("WITHDRAWN", withdrawn.get("status"));

        var refused = ContractsHttpTest.assertProblem(() -> service.http().exchange(
            HttpRequest.PUT("/contracts/" + id + "/terms", ContractFixtures.recommendedTermsJson())
                .contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER), JSON), 409, "contract-state-conflict");
        assertTrue(refused.getResponse().getBody(String.class).orElseThrow()
            .contains("A withdrawn contract cannot have its terms revised"));
    }

    @Test
    void givenSilentDraft_whenReviewedOnDemand_thenFindingsAndNothingRecorded() {
        String id = createDraft();
        service.http().exchange(HttpRequest.PUT("/contracts/" + id + "/terms", "{}")
            .contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER), JSON);
        long before = storedEvents();

        Map<String, Object> review = service.http().retrieve(
            HttpRequest.GET("/contracts/" + id + "/review").bearerAuth(InternalTokens.forUser("ann", "acme",
                "AUDITOR")), JSON);

        assertEquals(false, review.get("signable"));
        List<?> findings = (List<?>) review.get("findings");
        assertEquals(17, findings.size());
        assertEquals(Map.of("code", "SCOPE_MISSING", "severity", "BLOCKING", "element", "SCOPE",
            "message", "The contract says nothing about scope."), findings.get(0));
        assertEquals(before, storedEvents(), "a review on demand records nothing");
    }

    @Test
    void givenDraft_whenFormallyReviewed_thenFindingsAreOnTheRecord() {
        String id = createDraft();
        HttpResponse<Map<String, Object>> recorded = service.http().exchange(
            HttpRequest.POST("/contracts/" + id + "/reviews", "").bearerAuth(MANAGER), JSON);
        assertEquals(true, recorded.body().get("signable"));
        assertEquals("\"1\"", recorded.header(HttpHeaders.ETAG));

        Map<String, Object> history = service.http().retrieve(
            HttpRequest.GET("/contracts/" + id + "/history").bearerAuth(MANAGER), JSON);
        Map<?, ?> reviewed = (Map<?, ?>) ((List<?>) history.get("events")).get(1);
        assertEquals("ContractDraftReviewedEvent", reviewed.get("eventType"));
        assertEquals(Map.of("contractId", id, "party", "CLIENT", "findings", List.of()), reviewed.get("payload"));
    }

    @Test
    void givenAuditor_whenRecordingAReview_thenForbidden() {
        String id = createDraft();
        ContractsHttpTest.assertProblem(() -> service.http().exchange(HttpRequest.POST("/contracts/" + id + "/reviews",
            "").bearerAuth(InternalTokens.forUser("ann", "acme", "AUDITOR")), JSON), 403, "forbidden");
    }

    private static long storedEvents() {
        return service.context().getBean(MongoDatabase.class).getCollection("domainevents").countDocuments();
    }
}
