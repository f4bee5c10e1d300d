package org.socialgov.incident.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.socialgov.testsupport.InternalTokens;

/** The platform's audit capabilities on an incident's record, and the operators' rebuild of the read models. */
class IncidentAuditHttpTest extends IncidentServiceHttpTestBase {

    @Test
    void givenTriagedIncident_whenAuditorReplaysComparesVerifiesAndExports_thenTheRecordAnswers() {
        String incidentId = reportedIncident();
        step(incidentId, "triage", "{\"severity\":\"P3\",\"assignee\":\"olivia\"}", OFFICER);

        assertEquals("REPORTED", get("/incidents/" + incidentId + "?version=0").get("status"));
        assertEquals(List.of("IncidentReportedEvent", "IncidentTriagedEvent"),
            ((List<?>) get("/incidents/" + incidentId + "/history").get("events")).stream()
                .map(event -> ((Map<?, ?>) event).get("eventType")).toList());
        List<?> changes = (List<?>) get("/incidents/" + incidentId + "/diff?from=0&to=1").get("changes");
        assertTrue(changes.contains(Map.of("path", "status", "before", "REPORTED", "after", "TRIAGED")),
            changes.toString());
        assertEquals("INTACT", get("/incidents/" + incidentId + "/integrity").get("verdict"));
        assertEquals("INTACT", get("/audit/incidents/integrity").get("verdict"));
        String export = service.http().retrieve(HttpRequest.GET("/audit/incidents/events").bearerAuth(AUDITOR),
            String.class);
        assertTrue(export.lines().count() >= 2);
        assertProblem(() -> service.http().exchange(HttpRequest.GET("/incidents/" + incidentId + "/history")
            .bearerAuth(InternalTokens.forUser("olga", "globex", "AUDITOR")), JSON), 404, "not-found");
        assertProblem(() -> service.http().exchange(HttpRequest.GET("/audit/incidents/integrity").bearerAuth(EVE),
            JSON), 403, "forbidden");
    }

    @Test
    void givenOperator_whenRebuildsTheReadModels_thenOwnAndFollowedReadModelsAreBuiltAgain() {
        upstream().monitoringContractSigned("contract-rebuild", "acme", "rebuild-media", LocalDate.now(ZoneOffset.UTC)
            .minusDays(1));
        String agency = InternalTokens.forUser("rebuild-media", "acme", "AGENCY");
        String before = (String) reportPost(complaint(newPostUrl()), agency).body().get("incidentId");
        String operator = InternalTokens.forUser("ops", "socialgov", "OPERATOR");
        HttpResponse<Map<String, Object>> started = service.http().exchange(HttpRequest.POST(
            "/admin/incidents/projections/rebuild", "").bearerAuth(operator), JSON);
        assertEquals(202, started.code());
        assertEquals(List.of("contract-facts", "incident-summaries", "official-account-facts"),
            ((List<?>) started.body().get("processingGroups")).stream().sorted().toList());
        await().atMost(Duration.ofSeconds(30)).until(() -> !"RUNNING".equals(service.http().retrieve(
            HttpRequest.GET("/admin/incidents/projections/rebuild").bearerAuth(operator), JSON).get("state")));
        Map<String, Object> ended = service.http().retrieve(HttpRequest.GET("/admin/incidents/projections/rebuild")
            .bearerAuth(operator), JSON);
        assertEquals("COMPLETED", ended.get("state"), ended.toString());

        assertTrue(ids(list("", OFFICER)).contains(before));
        assertEquals(201, reportPost(complaint(newPostUrl()), agency).code(), "the agency's contract is known again");
        assertProblem(() -> service.http().exchange(HttpRequest.POST("/admin/incidents/projections/rebuild", "")
            .bearerAuth(OFFICER), JSON), 403, "forbidden");
    }

    @Test
    void givenAnotherTenantsIncident_whenItsVersionsAreCompared_thenNotFoundLikeAMissingOne() {
        String incidentId = reportedIncident();
        String globex = InternalTokens.forUser("olga", "globex", "AUDITOR");
        for (String id : List.of(incidentId, "0" + incidentId.substring(1))) {
            assertProblem(() -> service.http().exchange(HttpRequest.GET("/incidents/" + id + "/diff?from=0&to=1")
                .bearerAuth(globex), JSON), 404, "not-found");
        }
    }

    private static Map<String, Object> get(String path) {
        return service.http().retrieve(HttpRequest.GET(path).bearerAuth(AUDITOR), JSON);
    }
}
