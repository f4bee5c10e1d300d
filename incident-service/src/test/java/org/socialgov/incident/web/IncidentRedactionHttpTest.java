package org.socialgov.incident.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Need to know on every path that shows an incident's personal data (read as it was, history, diff, export): an
 * auditor sees it redacted and nothing is recorded; an officer sees it as written and each such answer is recorded
 * on the incident. The incident has a report, a sighting in another URL form and a follow-up note.
 */
class IncidentRedactionHttpTest extends IncidentServiceHttpTestBase {

    private static final String NOTE = "The author now names our support agent Jane Roe";
    private String incidentId;
    private String statusNumber;

    @BeforeEach
    void reportSightAndFollowUp() {
        String postUrl = newPostUrl();
        statusNumber = postUrl.substring(postUrl.lastIndexOf('/') + 1);
        incidentId = (String) reportPost(complaint(postUrl), EVE).body().get("incidentId");
        reportPost(complaint(postUrl.replace("https://x.com", "https://mobile.twitter.com")), BOB);
        step(incidentId, "follow-ups", "{\"observation\":\"" + NOTE + "\"}", EVE);
    }

    @Test
    void givenAuditor_whenReadsTheHistory_thenPersonalDataRedactedAndTheReadNotRecorded() {
        String history = get("/incidents/" + incidentId + "/history", AUDITOR);

        assertNoPersonalData(history);
        assertTrue(history.contains("IncidentSightedEvent") && history.contains("\"category\":\"COMPLAINT\""));
        assertEquals(0, unredactedReads());
    }

    @Test
    void givenOfficer_whenReadsTheHistory_thenAsRecordedAndTheReadIsOnTheRecord() {
        String history = get("/incidents/" + incidentId + "/history", OFFICER);

        assertTrue(history.contains("@Angry_Customer") && history.contains(NOTE), history);
        assertEquals(1, unredactedReads());
        get("/incidents/" + incidentId + "/history?limit=1", OFFICER);
        assertEquals(2, unredactedReads(), "each page shown is a read");
    }

    @Test
    void givenAuditor_whenComparesVersions_thenStatesAndEventsRedactedAndNotRecorded() {
        String diff = get("/incidents/" + incidentId + "/diff?from=0&to=2", AUDITOR);

        assertNoPersonalData(diff);
        assertTrue(diff.contains("FollowUpObservationAddedEvent"), diff);
        assertEquals(0, unredactedReads());
    }

    @Test
    void givenOfficer_whenComparesVersions_thenAsRecordedAndTheReadIsOnTheRecord() {
        String diff = get("/incidents/" + incidentId + "/diff?from=0&to=2", OFFICER);

        assertTrue(diff.contains(NOTE) && diff.contains(statusNumber), diff);
        assertEquals(1, unredactedReads());
    }

    @Test
    void givenAuditor_whenReadsAnEarlierVersion_thenRedactedAndNotRecorded() {
        assertNoPersonalData(get("/incidents/" + incidentId + "?version=0", AUDITOR));
        assertNoPersonalData(get("/incidents/" + incidentId + "?asOf=" + Instant.now(), AUDITOR));
        assertEquals(0, unredactedReads());
    }

    @Test
    void givenOfficer_whenReadsAnEarlierVersion_thenAsWrittenAndTheReadIsOnTheRecord() {
        assertTrue(get("/incidents/" + incidentId + "?version=0", OFFICER).contains("@Angry_Customer"));
        assertEquals(1, unredactedReads());
    }

    @Test
    void givenAuditor_whenExportsTheTenantsEvents_thenEveryIncidentEventRedacted() {
        String export = get("/audit/incidents/events", AUDITOR);

        List<String> lines = export.lines().filter(line -> line.contains(incidentId)).toList();
        assertEquals(3, lines.size(), export);
        lines.forEach(this::assertNoPersonalData);
        assertTrue(lines.get(0).contains("\"hash\":"), "the rest of the entry is as recorded");
        assertFalse(export.contains("Angry_Customer") || export.contains("angry_customer"),
            "no incident of the tenant shows its author");
    }

    private void assertNoPersonalData(String answer) {
        for (String personal : List.of("ngry_", statusNumber, "Third week", "Jane Roe")) {
            assertFalse(answer.contains(personal), personal + " in " + answer);
        }
        assertTrue(answer.contains("[redacted]"), answer);
    }

    /** How many unredacted reads the incident's record holds (read as an auditor: that read is not recorded). */
    private long unredactedReads() {
        List<?> events = (List<?>) service.http().retrieve(HttpRequest.GET("/incidents/" + incidentId + "/history")
            .bearerAuth(AUDITOR), JSON).get("events");
        return events.stream().filter(event -> "IncidentReadUnredactedEvent".equals(((Map<?, ?>) event)
            .get("eventType"))).count();
    }

    private static String get(String path, String token) {
        return service.http().retrieve(HttpRequest.GET(path).bearerAuth(token), String.class);
    }
}
