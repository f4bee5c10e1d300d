package org.socialgov.console.incidents;

import java.net.http.HttpResponse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class IncidentStatisticsHttpTest extends IncidentPagesTestSupport {

    private static final String STATISTICS = "{\"from\":\"2026-11-16\",\"to\":\"2026-12-07\",\"incidents\":5,"
        + "\"triaged\":4,\"decided\":2,\"medianMinutesToTriage\":125.0,\"weeks\":["
        + "{\"week\":\"2026-W48\",\"incidents\":3,\"byCategory\":{\"COMPLAINT\":2,\"LEGAL_RISK\":1},"
        + "\"bySentiment\":{\"NEGATIVE\":3},\"bySeverity\":{\"P2\":1,\"P3\":2},\"byPlatform\":{\"X\":3}},"
        + "{\"week\":\"2026-W49\",\"incidents\":2,\"byCategory\":{\"COMPLAINT\":2},\"bySentiment\":{\"MIXED\":2},"
        + "\"bySeverity\":{\"P1\":2},\"byPlatform\":{\"TIKTOK\":2}}]}";

    @Test
    void givenOfficer_thenWeeklyChartsFromTheFiguresTableAndTheMediansInWords() {
        api.statisticsAnswer = new FakeIncidentApi.Answer(200, STATISTICS);

        HttpResponse<String> response = get("/incidents/statistics?from=2026-11-16&to=2026-12-07", officer());

        assertEquals(200, response.statusCode(), response.body());
        String page = response.body();
        assertTrue(api.lastCall("GET /api/incidents/statistics").contains("from=2026-11-16&to=2026-12-07"));
        assertTrue(page.contains("<table data-chart=\"stacked-bar\">"), page);
        assertTrue(page.contains("Incidents reported per week, by severity"), page);
        assertTrue(page.contains("<th scope=\"col\">P1</th><th scope=\"col\">P2</th><th scope=\"col\">P3</th>"),
            "only the severities that occur, in order: " + page);
        assertTrue(page.contains("<th scope=\"row\">2026-W48</th>"), page);
        assertTrue(page.contains("<th scope=\"col\">Legal risk</th>"), page);
        assertTrue(page.contains("4 (median time from the report: 2 h 5 min)"), page);
        assertTrue(page.contains("<th scope=\"row\">2026-W49</th>\n          <td>2</td>"), page);
        assertTrue(page.contains("<th scope=\"row\">2026-W47</th>\n          <td>0</td><td>0</td><td>0</td>"),
            "a week without incidents is a zero on the chart: " + page);
        assertTrue(page.contains("value=\"2026-11-16\""), "the period stays in the form: " + page);
    }

    @Test
    void givenNoPeriod_thenTheLastTwelveWeeksAreAskedFor() {
        api.statisticsAnswer = new FakeIncidentApi.Answer(200, STATISTICS);

        assertEquals(200, get("/incidents/statistics", officer()).statusCode());

        String asked = api.lastCall("GET /api/incidents/statistics");
        assertTrue(asked.matches(".*from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2}.*"), asked);
    }

    @Test
    void givenNotADate_thenTheProblemBesideTheFieldAndTheApiIsNotAsked() {
        int calls = api.calls.size();

        HttpResponse<String> response = get("/incidents/statistics?from=last+week&to=2026-12-07", officer());

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("id=\"from-error\">must be a date"), response.body());
        assertTrue(api.calls.subList(calls, api.calls.size()).stream()
            .noneMatch(call -> call.contains("statistics")), String.valueOf(api.calls));
    }

    @Test
    void givenApiRefusesThePeriod_thenItsProblemInWordsBesideTheField() {
        api.statisticsAnswer = new FakeIncidentApi.Answer(400, FakeIncidentApi.problem(400,
            "The request is not valid", "The period is longer than 366 days",
            ",\"errors\":[{\"field\":\"to\",\"message\":\"must be at most 366 days after from\"}]"));

        HttpResponse<String> response = get("/incidents/statistics?from=2020-01-01&to=2026-12-07", officer());

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("The period is longer than 366 days"), response.body());
        assertTrue(response.body().contains("id=\"to-error\">must be at most 366 days after from"), response.body());
        assertFalse(response.body().contains("data-chart"), response.body());
    }
}
