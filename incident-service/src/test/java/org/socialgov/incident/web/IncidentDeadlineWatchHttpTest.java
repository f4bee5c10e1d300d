package org.socialgov.incident.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.socialgov.incident.api.IncidentDeadline;
import org.socialgov.incident.process.IncidentDeadlineWatch;
import org.socialgov.incident.query.RunningDeadlines;
import org.socialgov.incident.query.RunningDeadlines.RunningDeadline;

/**
 * The deadline watch through the real service: it reads the stored read model, asks the incidents, and each
 * reminder lands once on the incident's record, as the watch's act. Time is moved by handing the watch its "now".
 */
class IncidentDeadlineWatchHttpTest extends IncidentServiceHttpTestBase {

    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    @Test
    void givenTriageDueSoon_whenTheWatchRunsTwice_thenOneReminderOnTheRecordByTheWatch() {
        String incidentId = reportedIncident();
        Instant triageDueBy = Instant.parse((String) read(incidentId, AUDITOR).get("triageDueBy"));
        awaitRunning(incidentId, IncidentDeadline.TRIAGE);
        // A P3 report: triage within 24 h, due soon 6 h before.
        Instant dueSoon = triageDueBy.minus(Duration.ofHours(5));

        assertTrue(watch().remindAt(dueSoon).contains(incidentId));
        watch().remindAt(dueSoon.plusSeconds(60));

        List<Map<?, ?>> reminders = eventsOf(incidentId, "TriageDueSoonEvent");
        assertEquals(1, reminders.size(), reminders.toString());
        Map<?, ?> reminder = reminders.get(0);
        assertEquals("system:incident-deadline-watch", reminder.get("actor"));
        assertEquals("SYSTEM", reminder.get("actorRole"));
        assertEquals("acme", reminder.get("tenant"));
        Map<?, ?> payload = (Map<?, ?>) reminder.get("payload");
        assertEquals("PT6H", payload.get("leadTime"));
        assertEquals(triageDueBy, Instant.parse((String) payload.get("triageDueBy")));

        await().atMost(CATCH_UP).until(() -> !running(incidentId).orElseThrow().remindersRecorded().isEmpty());
        assertFalse(watch().remindAt(dueSoon.plusSeconds(120)).contains(incidentId),
            "nothing more is due: the incident is not asked");
    }

    @Test
    void givenTriageBreachedThenTriaged_whenTheWatchRuns_thenTheBreachOnceAndNoMoreTriageReminders() {
        String incidentId = reportedIncident();
        Instant triageDueBy = Instant.parse((String) read(incidentId, AUDITOR).get("triageDueBy"));
        awaitRunning(incidentId, IncidentDeadline.TRIAGE);

        assertTrue(watch().remindAt(triageDueBy.plusSeconds(60)).contains(incidentId));
        step(incidentId, "triage", "{\"severity\":\"P3\",\"assignee\":\"olivia\"}", OFFICER);
        awaitRunning(incidentId, IncidentDeadline.RESPONSE_DECISION);
        watch().remindAt(triageDueBy.plus(Duration.ofHours(1)));

        assertEquals(List.of("IncidentReportedEvent", "TriageDeadlineBreachedEvent", "IncidentTriagedEvent"),
            history(incidentId).stream().map(event -> event.get("eventType")).toList());
    }

    @Test
    void givenResponseDecided_whenItsDeadlineWouldHavePassed_thenTheIncidentIsNoLongerWatched() {
        String incidentId = reportedIncident();
        step(incidentId, "triage", "{\"severity\":\"P3\",\"assignee\":\"olivia\"}", OFFICER);
        step(incidentId, "response-decision", "{\"noResponseReason\":\"Not worth an answer\"}", OFFICER);

        await().atMost(CATCH_UP).until(() -> running(incidentId).isEmpty()
            && "RESPONSE_DECIDED".equals(read(incidentId, AUDITOR).get("status")));
        watch().remindAt(Instant.now().plus(Duration.ofDays(30)));

        assertEquals(List.of(), history(incidentId).stream().map(event -> (String) event.get("eventType"))
            .filter(type -> type.contains("DueSoon") || type.contains("Breached")).toList());
    }

    private static IncidentDeadlineWatch watch() {
        return service.context().getBean(IncidentDeadlineWatch.class);
    }

    private static Optional<RunningDeadline> running(String incidentId) {
        return service.context().getBean(RunningDeadlines.class).all().stream()
            .filter(running -> running.incidentId().equals(incidentId)).findFirst();
    }

    private static void awaitRunning(String incidentId, IncidentDeadline deadline) {
        await().atMost(CATCH_UP).until(() -> running(incidentId).map(RunningDeadline::deadline)
            .filter(deadline::equals).isPresent());
    }

    private static List<Map<?, ?>> history(String incidentId) {
        return ((List<?>) service.http().retrieve(HttpRequest.GET("/incidents/" + incidentId + "/history")
            .bearerAuth(AUDITOR), JSON).get("events")).stream().<Map<?, ?>>map(event -> (Map<?, ?>) event).toList();
    }

    private static List<Map<?, ?>> eventsOf(String incidentId, String eventType) {
        return history(incidentId).stream().filter(event -> eventType.equals(event.get("eventType"))).toList();
    }
}
