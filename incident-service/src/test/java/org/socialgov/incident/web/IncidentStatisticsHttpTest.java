package org.socialgov.incident.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Week-by-week counts and median handling times of the tenant's incidents; another tenant's are not counted. A period
 * is at most a year, anywhere in RFC 3339's four-digit years.
 */
class IncidentStatisticsHttpTest extends IncidentServiceHttpTestBase {

    @Test
    void givenReportedTriagedAndDecidedIncidents_whenStatisticsAsked_thenCountedByWeekWithMedianTimes() {
        String triaged = reportedIncident();
        reportedIncident();
        reportPost(report(newPostUrl(), "PRAISE", "POSITIVE", 10, "2026-05-04T09:00:00Z"), EVE);
        step(triaged, "triage", "{\"severity\":\"P3\",\"assignee\":\"olivia\"}", OFFICER);
        step(triaged, "response-decision", "{\"noResponseReason\":\"A one-off complaint, answered privately\"}",
            OFFICER);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String period = "/incidents/statistics?from=" + today.minusDays(7) + "&to=" + today.plusDays(1);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> ((Integer) stats(period, AUDITOR)
            .get("decided")) >= 1);
        Map<String, Object> counted = stats(period, OFFICER);

        assertEquals(3, counted.get("incidents"));
        assertEquals(1, counted.get("triaged"));
        assertNotNull(counted.get("medianMinutesToTriage"));
        assertNotNull(counted.get("medianMinutesToDecision"));
        Map<?, ?> week = (Map<?, ?>) ((List<?>) counted.get("weeks")).get(0);
        assertEquals(Map.of("COMPLAINT", 2, "PRAISE", 1), week.get("byCategory"));
        assertEquals(Map.of("X", 3), week.get("byPlatform"));
        assertEquals(0, stats(period, OTHER_COMPANY).get("incidents"));
        assertProblem(() -> stats(period, EVE), 403, "forbidden");
        assertProblem(() -> stats("/incidents/statistics?from=" + today + "&to=" + today, OFFICER), 400,
            "invalid-request");
    }

    @ParameterizedTest(name = "from={0} to={1}")
    @CsvSource({"9999-01-01, 9999-12-31", "0000-01-01, 0000-12-31"})
    void givenALegalPeriodAtTheEdgeOfTheCalendar_whenStatisticsAsked_thenAnswered(String from, String to) {
        Map<String, Object> counted = stats("/incidents/statistics?from=" + from + "&to=" + to, OFFICER);

        assertEquals(from, counted.get("from"));
        assertEquals(0, counted.get("incidents"));
    }

    @ParameterizedTest(name = "from={0} to={1}")
    @CsvSource({"0001-01-01, 9999-12-31", "9999-12-01, %2B999999999-12-31", "-999999999-01-01, 2026-01-01"})
    void givenAPeriodTooLongOrPastRfc3339_whenStatisticsAsked_thenRefusedNot500(String from, String to) {
        assertProblem(() -> stats("/incidents/statistics?from=" + from + "&to=" + to, OFFICER), 400,
            "invalid-request");
    }

    private static Map<String, Object> stats(String path, String token) {
        return service.http().retrieve(HttpRequest.GET(path).bearerAuth(token), JSON);
    }
}
