package org.socialgov.incident.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.testsupport.InternalTokens;
import org.socialgov.testsupport.ServiceRunner;

/**
 * A triage deadline that passed while the service was down is reminded of when it comes back, from stored state:
 * the breach alone, not the due-soon warning it slept through.
 */
class IncidentDeadlineWatchRestartTest {

    /** A P3 triage within 3 s, due soon 1 s before: deadlines that pass during a restart. */
    private static final Map<String, Object> SHORT_SLA = Map.of("socialgov.incidents.sla.p3.triage", "3s",
        "socialgov.incidents.sla.p3.triage-due-soon", "1s");
    private static final String EVE = InternalTokens.forUser("eve", "acme", "EMPLOYEE");
    private static final String AUDITOR = InternalTokens.forUser("ann", "acme", "AUDITOR");

    @TempDir
    Path dataDir;

    @Test
    void givenTriageDeadlinePassedWhileTheServiceWasDown_whenItStartsAgain_thenOnlyTheBreachIsRecorded() {
        String incidentId;
        try (ServiceRunner service = ServiceRunner.start(dataDir, settings("1h"))) {
            incidentId = (String) service.http().retrieve(HttpRequest.POST("/incidents",
                    IncidentServiceHttpTestBase.complaint(IncidentServiceHttpTestBase.newPostUrl()))
                .contentType(MediaType.APPLICATION_JSON).bearerAuth(EVE), IncidentServiceHttpTestBase.JSON)
                .get("incidentId");
        }

        try (ServiceRunner restarted = ServiceRunner.start(dataDir, settings("100ms"))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> eventTypes(restarted, incidentId)
                .contains("TriageDeadlineBreachedEvent"));
            assertEquals(List.of("IncidentReportedEvent", "TriageDeadlineBreachedEvent"),
                eventTypes(restarted, incidentId));
        }
    }

    private static Map<String, Object> settings(String initialDelay) {
        Map<String, Object> settings = new HashMap<>(SHORT_SLA);
        settings.put("socialgov.incidents.deadline-watch.initial-delay", initialDelay);
        return settings;
    }

    private static List<Object> eventTypes(ServiceRunner service, String incidentId) {
        return ((List<?>) service.http().retrieve(HttpRequest.GET("/incidents/" + incidentId + "/history")
                .bearerAuth(AUDITOR), IncidentServiceHttpTestBase.JSON).get("events")).stream()
            .<Object>map(event -> ((Map<?, ?>) event).get("eventType")).toList();
    }
}
