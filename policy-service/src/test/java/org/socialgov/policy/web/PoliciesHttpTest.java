package org.socialgov.policy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.policy.web.PolicyRequests.AUDITOR;
import static org.socialgov.policy.web.PolicyRequests.CONTENT;
import static org.socialgov.policy.web.PolicyRequests.CREATION;
import static org.socialgov.policy.web.PolicyRequests.OFFICER;
import static org.socialgov.policy.web.PolicyRequests.OTHER_TENANT_OFFICER;
import static org.socialgov.policy.web.PolicyRequests.post;
import static org.socialgov.policy.web.PolicyRequests.put;
import static org.socialgov.policy.web.PolicyRequests.staff;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The policy's life over HTTP, in order: created with a draft, refused publication, published, never edited, read
 * in force and in public, reviewed, acknowledged. One tenant's policy throughout, as in production.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PoliciesHttpTest extends PolicyServiceHttpTestBase {

    private static String policyId;

    @Test
    @Order(1)
    void givenNoPolicy_whenCreated_thenDraftOneAndASecondIsRefused() {
        HttpResponse<Map<String, Object>> created = service.http().exchange(post("/policies", CREATION, OFFICER),
            JSON);

        assertEquals(HttpStatus.CREATED, created.getStatus());
        policyId = (String) created.body().get("policyId");
        assertEquals("/policies/" + policyId, created.header(HttpHeaders.LOCATION));
        assertEquals("\"0\"", created.header(HttpHeaders.ETAG));
        assertEquals(List.of(false), versions(created.body()).stream().map(v -> v.get("published")).toList());
        assertEquals("2013-07-25", created.body().get("nextReviewDue"));
        assertProblem(() -> service.http().exchange(post("/policies", CREATION, OFFICER), JSON), 409,
            "already-exists");
        assertProblem(() -> service.http().exchange(post("/policies", CREATION, staff("emi")), JSON), 403,
            "forbidden");
    }

    @Test
    @Order(2)
    void givenDraftWithoutDisclaimer_whenPublished_thenRefusedWithTheReasonAndNothingChanges() {
        String noDisclaimer = CONTENT.replace("\"DISCLAIMER\"", "\"CONDUCT\"");
        service.http().exchange(put("/policies/" + policyId + "/versions/1", noDisclaimer, OFFICER), JSON);

        var refused = assertProblem(() -> service.http().exchange(post("/policies/" + policyId
            + "/versions/1/publication", "{\"effectiveFrom\":\"2012-08-01\"}", OFFICER), JSON), 422,
            "policy-rule-violated");

        assertTrue(refused.getResponse().getBody(String.class).orElseThrow().contains("disclaimer rule"));
        assertEquals(List.of(false), versions(get("/policies/" + policyId, OFFICER)).stream()
            .map(v -> v.get("published")).toList());

        String noPurposeNorDisclaimer = noDisclaimer.replace("[\"To make the company and its services known\","
            + "\"To learn what people really want\"]", "[]");
        service.http().exchange(put("/policies/" + policyId + "/versions/1", noPurposeNorDisclaimer, OFFICER), JSON);
        Map<String, Object> problem = assertProblem(() -> service.http().exchange(post("/policies/" + policyId
            + "/versions/1/publication", "{\"effectiveFrom\":\"2012-08-01\"}", OFFICER), JSON), 422,
            "policy-rule-violated").getResponse().getBody(JSON).orElseThrow();
        List<?> errors = (List<?>) problem.get("errors");
        assertEquals(List.of("no-purpose", "no-disclaimer-rule"), errors.stream()
            .map(error -> ((Map<?, ?>) error).get("code")).toList());
        assertEquals(problem.get("detail"), errors.stream().map(error -> ((Map<?, ?>) error).get("message"))
            .map(String.class::cast).collect(java.util.stream.Collectors.joining("; ")));
        assertProblem(() -> service.http().exchange(put("/policies/" + policyId + "/versions/1", "{\"purposes\":[]}",
            OFFICER), JSON), 400, "invalid-request");
    }

    @Test
    @Order(3)
    void givenCompleteDraft_whenPublished_thenInForceFromItsDateAndNeverEdited() {
        service.http().exchange(put("/policies/" + policyId + "/versions/1", CONTENT, OFFICER), JSON);
        HttpResponse<Map<String, Object>> published = service.http().exchange(post("/policies/" + policyId
            + "/versions/1/publication", "{\"effectiveFrom\":\"2012-08-01\"}", OFFICER), JSON);

        assertEquals(List.of(true), versions(published.body()).stream().map(v -> v.get("published")).toList());
        assertEquals(1, get("/policies/" + policyId + "/version-in-force?on=2012-08-01", staff("emi"))
            .get("versionNo"));
        assertProblem(() -> service.http().exchange(HttpRequest.GET("/policies/" + policyId
            + "/version-in-force?on=2012-07-31").bearerAuth(OFFICER), JSON), 404, "not-found");
        assertProblem(() -> service.http().exchange(put("/policies/" + policyId + "/versions/1", CONTENT, OFFICER),
            JSON), 409, "policy-version-conflict");
        assertProblem(() -> service.http().exchange(put("/policies/" + policyId + "/versions/1", CONTENT,
            OTHER_TENANT_OFFICER), JSON), 404, "not-found");
    }

    @Test
    @Order(4)
    void givenPublishedVersion_whenReadWithoutToken_thenThePublicPageWithCachingAndNothingInternal() {
        HttpResponse<Map<String, Object>> page = service.http().exchange(HttpRequest.GET("/public/example/policy"),
            JSON);

        assertEquals(1, page.body().get("versionNo"));
        assertEquals("2012-08-01", page.body().get("effectiveFrom"));
        assertEquals(2, ((List<?>) page.body().get("purposes")).size());
        assertTrue(page.body().keySet().stream().noneMatch(key -> key.contains("acknowledg") || key.contains("draft")),
            page.body().keySet().toString());
        String etag = page.header(HttpHeaders.ETAG);
        assertNotNull(etag);
        assertEquals("public, max-age=300", page.header(HttpHeaders.CACHE_CONTROL));
        HttpResponse<String> revalidated = service.http().exchange(HttpRequest.GET("/public/example/policy")
            .header(HttpHeaders.IF_NONE_MATCH, etag), String.class);
        assertEquals(HttpStatus.NOT_MODIFIED, revalidated.getStatus());
        assertProblem(() -> service.http().exchange(HttpRequest.GET("/public/globex/policy"), JSON), 404,
            "not-found");
    }

    @Test
    @Order(5)
    void givenPublishedVersion_whenStaffAcknowledge_thenRecordedOnceAndDraftsCannotBeAcknowledged() {
        service.http().exchange(post("/staff", "{\"personId\":\"emi\",\"name\":\"Emi Sato\","
            + "\"standing\":\"EMPLOYEE\",\"since\":\"2020-04-01\"}", OFFICER), JSON);
        Map<String, Object> first = service.http().retrieve(post("/policies/" + policyId
            + "/versions/1/acknowledgements", "{\"channel\":\"intranet\"}", staff("emi")), JSON);
        Map<String, Object> again = service.http().retrieve(post("/policies/" + policyId
            + "/versions/1/acknowledgements", "{\"channel\":\"email\"}", staff("emi")), JSON);

        assertEquals("emi", first.get("personId"));
        assertEquals(first, again);
        service.http().exchange(put("/policies/" + policyId + "/versions/2", CONTENT, OFFICER), JSON);
        assertProblem(() -> service.http().exchange(post("/policies/" + policyId + "/versions/2/acknowledgements",
            "{}", staff("emi")), JSON), 409, "policy-version-conflict");
        assertProblem(() -> service.http().exchange(post("/policies/" + policyId + "/versions/1/acknowledgements",
            "{}", org.socialgov.testsupport.InternalTokens.forUser("mallory", "globex", "EMPLOYEE")), JSON), 404,
            "not-found");
        assertProblem(() -> service.http().exchange(HttpRequest.GET("/policies/" + policyId + "/versions/2")
            .bearerAuth(staff("emi")), JSON), 404, "not-found");
    }

    @Test
    @Order(6)
    void givenPolicyNeverReviewed_whenListedAsOverdueAndThenReviewed_thenTheNextReviewMovesOn() {
        waitUntil(() -> !list("/policies?reviewOverdue=true").isEmpty());
        assertEquals(List.of(policyId), list("/policies?reviewOverdue=true").stream()
            .map(summary -> summary.get("policyId")).toList());

        Map<String, Object> reviewed = service.http().retrieve(post("/policies/" + policyId + "/reviews",
            "{\"reviewedOn\":\"" + LocalDate.now() + "\",\"outcome\":\"NO_CHANGE\",\"notes\":\"Still fits\"}",
            OFFICER), JSON);

        assertEquals(LocalDate.now().plusMonths(12).toString(), reviewed.get("nextReviewDue"));
        assertEquals("kaori", ((Map<?, ?>) reviewed.get("lastReview")).get("reviewer"));
        waitUntil(() -> list("/policies?reviewOverdue=true").isEmpty());
        assertEquals(1, list("/policies").size());
    }

    @Test
    @Order(7)
    void givenPolicy_whenAskedWhichRulesBindAStanding_thenLeaversOnlyByTheSurvivingOnes() {
        Map<String, Object> former = get("/policies/" + policyId + "/applicability?standing=FORMER_EMPLOYEE",
            staff("emi"));
        Map<String, Object> employee = get("/policies/" + policyId + "/applicability?standing=NON_REGULAR_EMPLOYEE",
            AUDITOR);

        assertEquals(List.of(2), ((List<?>) former.get("guidelines")).stream()
            .map(rule -> ((Map<?, ?>) rule).get("number")).toList());
        assertEquals(3, ((List<?>) employee.get("guidelines")).size());
        assertProblem(() -> service.http().exchange(HttpRequest.GET("/policies/" + policyId + "/applicability")
            .bearerAuth(OFFICER), JSON), 400, "invalid-request");
    }

    private static Map<String, Object> get(String path, String token) {
        return service.http().retrieve(HttpRequest.GET(path).bearerAuth(token), JSON);
    }

    private static List<Map<?, ?>> list(String path) {
        return service.http().retrieve(HttpRequest.GET(path).bearerAuth(OFFICER),
            io.micronaut.core.type.Argument.listOf(Map.class)).stream().<Map<?, ?>>map(map -> map).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> versions(Map<String, Object> policy) {
        return (List<Map<String, Object>>) policy.get("versions");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(condition);
    }
}
