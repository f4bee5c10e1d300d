package org.socialgov.incident.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.util.List;
import java.util.Map;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.Test;

/** The managing department's handling through the real service, from triage to closure and back. */
class IncidentHandlingHttpTest extends IncidentServiceHttpTestBase {

    private static final String ON_X = "{\"response\":{\"channel\":\"OFFICIAL_ACCOUNT\",\"platform\":\"X\","
        + "\"handle\":\"@AcmeHelp\",\"text\":\"We are sorry; our support team has contacted you.\","
        + "\"link\":\"https://x.com/AcmeHelp/status/99\"}}";

    @Test
    void givenReportedIncident_whenHandledToClosureAndReopened_thenEachStepOnTheIncident() {
        String incidentId = reportedIncident();

        Map<String, Object> triaged = step(incidentId, "triage", "{\"severity\":\"P2\",\"severityReason\":"
            + "\"A journalist replied\",\"assignee\":\"olivia\"}", OFFICER);
        assertEquals("TRIAGED", triaged.get("status"));
        assertEquals("P2", triaged.get("severity"));
        assertEquals("P3", triaged.get("suggestedSeverity"));
        assertEquals(true, triaged.get("redacted"), "a step's answer carries no personal data");
        assertTrue(((Number) triaged.get("timeToTriageSeconds")).longValue() >= 0);
        assertTrue(triaged.containsKey("decideDueBy"));

        assertEquals("ESCALATED", step(incidentId, "escalations", "{\"to\":\"PR\",\"reason\":\"Press interest\"}",
            OFFICER).get("status"));
        Map<String, Object> decided = step(incidentId, "response-decision", ON_X, OFFICER);
        assertEquals("RESPONSE_DECIDED", decided.get("status"));
        assertEquals("@AcmeHelp", ((Map<?, ?>) decided.get("response")).get("handle"));
        assertEquals("olivia", decided.get("decidedBy"));
        assertTrue(decided.containsKey("timeToDecisionSeconds"));
        assertEquals("RESOLVED", step(incidentId, "resolution", "{\"summary\":\"The customer thanked us\"}",
            OFFICER).get("status"));
        assertEquals("CLOSED", step(incidentId, "closure", "{\"note\":\"No further reaction\"}", OFFICER)
            .get("status"));
        assertProblem(() -> step(incidentId, "follow-ups", "{\"observation\":\"Deleted\"}", EVE), 409,
            "incident-state-conflict");

        Map<String, Object> reopened = step(incidentId, "reopening", "{\"reason\":\"It went viral again\"}", OFFICER);
        assertEquals("TRIAGED", reopened.get("status"));
        assertEquals(List.of("PR"), ((List<?>) reopened.get("escalations")).stream()
            .map(escalation -> ((Map<?, ?>) escalation).get("to")).toList());
    }

    @Test
    void givenReportedIncident_whenStepsOutOfOrder_thenConflictNamingTheState() {
        String incidentId = reportedIncident();

        HttpClientResponseException conflict = assertProblem(() -> step(incidentId, "closure", "{}", OFFICER), 409,
            "incident-state-conflict");
        assertTrue(conflict.getResponse().getBody(String.class).orElseThrow().contains("REPORTED"));
        assertProblem(() -> step(incidentId, "response-decision", ON_X, OFFICER), 409, "incident-state-conflict");
        assertProblem(() -> step(incidentId, "reopening", "{\"reason\":\"x\"}", OFFICER), 409,
            "incident-state-conflict");
        assertEquals("REPORTED", read(incidentId, OFFICER).get("status"));
    }

    @Test
    void givenTriagedIncident_whenItsReporterRecordsTheResponse_thenForbiddenAndOnlyFollowUpsAreTheirs() {
        String incidentId = reportedIncident();
        step(incidentId, "triage", "{\"severity\":\"P3\",\"assignee\":\"olivia\"}", OFFICER);

        HttpClientResponseException refused = assertProblem(() -> step(incidentId, "response-decision", ON_X, EVE),
            403, "incident-response-reserved");
        assertTrue(refused.getResponse().getBody(String.class).orElseThrow().contains("nobody denies or rebuts"));
        assertEquals("TRIAGED", read(incidentId, OFFICER).get("status"));

        Map<String, Object> followedUp = step(incidentId, "follow-ups", "{\"observation\":\"Now 300 reposts\","
            + "\"reach\":{\"followers\":5000,\"reposts\":300,\"replies\":90}}", EVE);
        assertEquals(1, ((List<?>) followedUp.get("followUps")).size());
        assertEquals("Now 300 reposts", ((Map<?, ?>) ((List<?>) read(incidentId, OFFICER).get("followUps")).get(0))
            .get("observation"));
        assertProblem(() -> step(incidentId, "follow-ups", "{\"observation\":\"Me too\"}", FRANK), 404,
            "not-found");
    }

    @Test
    void givenTriagedIncident_whenResponseNamesTheAccountByItsAddressAndLinksElsewhere_thenUnprocessable() {
        String incidentId = reportedIncident();
        step(incidentId, "triage", "{\"severity\":\"P3\",\"assignee\":\"olivia\"}", OFFICER);
        String byAddress = ON_X.replace("\"@AcmeHelp\"", "\"https://x.com/AcmeHelp\"");

        HttpClientResponseException refused = assertProblem(() -> step(incidentId, "response-decision",
            byAddress.replace("x.com/AcmeHelp/status/99", "x.com/SomeoneElse/status/99"), OFFICER), 422,
            "incident-response-link-not-of-account");
        assertTrue(refused.getResponse().getBody(String.class).orElseThrow().contains("is not a post of"));
        assertEquals("TRIAGED", read(incidentId, OFFICER).get("status"));

        assertEquals("RESPONSE_DECIDED", step(incidentId, "response-decision", byAddress, OFFICER).get("status"));
    }

    @Test
    void givenSuggestionOverruledWithoutReason_whenTriaged_thenUnprocessable() {
        String incidentId = reportedIncident();
        assertProblem(() -> step(incidentId, "triage", "{\"severity\":\"P1\",\"assignee\":\"olivia\"}", OFFICER),
            422, "incident-rule-violated");
        assertProblem(() -> step(incidentId, "triage", "{\"severity\":\"P9\",\"assignee\":\"olivia\"}", OFFICER),
            400, "invalid-request");
        assertProblem(() -> step(incidentId, "triage", "{\"severity\":\"P3\",\"assignee\":\"eve\"}", EVE), 403,
            "forbidden");
    }

    @Test
    void givenTwoIncidentsOfOneStory_whenMerged_thenTheMergedPointsToTheSurvivorAndIsHandledNoMore() {
        String survivor = reportedIncident();
        String merged = reportedIncident();

        Map<String, Object> answer = step(merged, "merge", "{\"survivorId\":\"" + survivor + "\",\"reason\":"
            + "\"The same complaint, posted twice\"}", OFFICER);

        assertEquals("MERGED", answer.get("status"));
        assertEquals(survivor, answer.get("mergedInto"));
        assertProblem(() -> step(merged, "triage", "{\"severity\":\"P3\",\"assignee\":\"olivia\"}", OFFICER), 409,
            "incident-state-conflict");
        assertProblem(() -> step(survivor, "merge", "{\"survivorId\":\"" + merged + "\",\"reason\":\"x\"}",
            OFFICER), 422, "incident-rule-violated");
        assertProblem(() -> step(survivor, "merge", "{\"survivorId\":\"no-such-incident\",\"reason\":\"x\"}",
            OFFICER), 422, "incident-rule-violated");
    }
}
