package org.socialgov.incident.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Need to know through the real service: who sees which incidents, with how much personal data, and the record of
 * unredacted reads; and the due-soon and overdue lists, with P4 to be triaged at once so that it is overdue.
 */
class IncidentAccessHttpTest extends IncidentServiceHttpTestBase {

    @BeforeAll
    static void triageP4AtOnce() {
        restartWith(Map.of("socialgov.incidents.sla.P4.triage", "0s"));
    }

    @Test
    void givenEvesReport_whenEachCallerReads_thenEachSeesWhatTheyNeed() {
        String incidentId = reportedIncident();

        assertEquals("@Angry_Customer", read(incidentId, EVE).get("authorHandle"));
        Map<String, Object> audited = read(incidentId, AUDITOR);
        assertEquals(true, audited.get("redacted"));
        assertEquals("[redacted]", audited.get("authorHandle"));
        assertEquals("[redacted]", audited.get("excerpt"));
        assertEquals("[redacted]", audited.get("postUrl"));
        assertEquals("COMPLAINT", audited.get("category"));
        assertProblem(() -> read(incidentId, FRANK), 404, "not-found");
        assertProblem(() -> read(incidentId, OTHER_COMPANY), 404, "not-found");
        assertProblem(() -> read(incidentId, AGENCY), 404, "not-found");
    }

    @Test
    void givenOfficer_whenReadsReportUnredacted_thenTheReadIsOnTheIncidentsRecord() {
        String incidentId = reportedIncident();

        Map<String, Object> read = read(incidentId, OFFICER);

        assertEquals(false, read.get("redacted"));
        assertEquals("Third week without an answer from Acme support", read.get("excerpt"));
        List<?> events = (List<?>) service.http().retrieve(HttpRequest.GET("/incidents/" + incidentId + "/history")
            .bearerAuth(AUDITOR), JSON).get("events");
        Map<?, ?> last = (Map<?, ?>) events.get(events.size() - 1);
        assertEquals("IncidentReadUnredactedEvent", last.get("eventType"));
        assertTrue(last.toString().contains("olivia"), last.toString());
        read(incidentId, AUDITOR);
        assertEquals(events.size(), ((List<?>) service.http().retrieve(HttpRequest.GET("/incidents/" + incidentId
            + "/history").bearerAuth(AUDITOR), JSON).get("events")).size(), "a redacted read is not recorded");
    }

    @Test
    void givenReportsOfSeveralPeople_whenListed_thenEmployeesSeeTheirOwnAndOfficersTheTenants() {
        String evesIncident = reportedIncident();
        String bobsIncident = (String) reportPost(complaint(newPostUrl()), BOB).body().get("incidentId");

        await().atMost(Duration.ofSeconds(20)).until(() -> ids(list("", OFFICER)).containsAll(
            List.of(evesIncident, bobsIncident)));

        assertTrue(ids(list("", EVE)).contains(evesIncident));
        assertFalse(ids(list("", EVE)).contains(bobsIncident));
        assertTrue(ids(list("", AUDITOR)).contains(bobsIncident));
        assertFalse(ids(list("", OTHER_COMPANY)).contains(evesIncident));
        assertFalse(list("", OFFICER).get(0).containsKey("authorHandle"), "lists carry no personal data");
    }

    @Test
    void givenIncidentsWithDeadlines_whenListedByDue_thenOverdueAndDueSoonApart() {
        String overdue = (String) reportPost(report(newPostUrl(), "OTHER", "NEUTRAL", 10, "2026-05-04T09:00:00Z"),
            EVE).body().get("incidentId");
        String dueSoon = (String) reportPost(report(newPostUrl(), "CONFIDENTIAL_INFORMATION_LEAK", "NEUTRAL", 10,
            "2026-05-04T09:00:00Z"), EVE).body().get("incidentId");
        String notYet = reportedIncident();

        await().atMost(Duration.ofSeconds(20)).until(() -> ids(list("?due=overdue", OFFICER)).contains(overdue));

        List<Object> soon = ids(list("?due=soon", OFFICER));
        assertTrue(soon.contains(dueSoon), "P1: triage within 1 h, inside the 2 h window");
        assertFalse(soon.contains(overdue));
        assertFalse(soon.contains(notYet), "P3: 24 h to triage");
        assertFalse(ids(list("?due=overdue", OFFICER)).contains(dueSoon));
        assertProblem(() -> list("?due=later", OFFICER), 400, "invalid-request");

        step(overdue, "triage", "{\"severity\":\"P4\",\"assignee\":\"olivia\"}", OFFICER);
        await().atMost(Duration.ofSeconds(20)).until(() -> !ids(list("?due=overdue", OFFICER)).contains(overdue));
    }
}
