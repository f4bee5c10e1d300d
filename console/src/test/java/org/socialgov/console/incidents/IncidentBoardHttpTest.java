package org.socialgov.console.incidents;

import java.net.http.HttpResponse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class IncidentBoardHttpTest extends IncidentPagesTestSupport {

    @Test
    void givenOfficer_thenTheBoardShowsStateSeverityAndDeadlinesInWords() {
        HttpResponse<String> response = get("/incidents", officer());

        assertEquals(200, response.statusCode(), response.body());
        String page = response.body();
        assertTrue(page.contains("href=\"/incidents/inc-1\""), page);
        assertTrue(page.contains("Triage due in 3 h 20 min"), page);
        assertTrue(page.contains("<span class=\"overdue\">Decision overdue by 2 days</span>"), page);
        assertTrue(page.contains("Rumour or misinformation"), page);
        assertTrue(page.contains(">Triaged</span>"), page);
        assertFalse(page.contains("RUMOUR_OR_MISINFORMATION"), "values in words, not codes: " + page);
        assertTrue(page.contains("href=\"/incidents\" aria-current=\"page\">Incident board"), page);
        assertTrue(page.contains("href=\"/incidents/statistics\">Incident statistics"), page);
    }

    @Test
    void givenDueFilter_thenTheApiIsAskedForItAndNextPageKeepsIt() {
        String officer = officer();

        String first = get("/incidents?due=overdue", officer).body();
        String askedFirst = api.lastCall("GET /api/incidents?");
        String second = get("/incidents?due=overdue&cursor=c2", officer).body();
        String askedSecond = api.lastCall("GET /api/incidents?");

        assertTrue(askedFirst.contains("due=overdue"), askedFirst);
        assertTrue(first.contains("<option value=\"overdue\" selected>Overdue</option>"), first);
        assertTrue(first.contains("href=\"/incidents?due=overdue&amp;cursor=c2\">Next page"), first);
        assertTrue(askedSecond.contains("due=overdue") && askedSecond.contains("cursor=c2"), askedSecond);
        assertTrue(second.contains("href=\"/incidents/inc-old\""), second);
        assertTrue(second.contains("href=\"/incidents?due=overdue\">First page"), second);
        assertFalse(second.contains("Next page"), "the last page has none: " + second);
    }

    @Test
    void givenUnknownFilterOrCursor_thenNotFoundAndTheApiIsNotAsked() {
        String officer = officer();
        int calls = api.calls.size();

        assertEquals(404, get("/incidents?due=someday", officer).statusCode());
        assertEquals(404, get("/incidents?cursor=%3Cscript%3E", officer).statusCode());
        assertEquals(calls, api.calls.size(), String.valueOf(api.calls));
    }

    @Test
    void givenEmployee_thenNoIncidentLinksAndTheBoardAndStatisticsAreForbidden() {
        String employee = signIn("emi", "EMPLOYEE");

        String home = get("/", employee).body();
        HttpResponse<String> board = get("/incidents", employee);
        HttpResponse<String> statistics = get("/incidents/statistics", employee);

        assertFalse(home.contains("href=\"/incidents"), home);
        assertEquals(403, board.statusCode());
        assertFalse(board.body().contains("inc-1"), board.body());
        assertEquals(403, statistics.statusCode());
    }
}
