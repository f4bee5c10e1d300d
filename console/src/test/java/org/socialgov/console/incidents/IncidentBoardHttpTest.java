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
        assertFalse(page.replaceAll("<[^>]*>", "").contains("RUMOUR_OR_MISINFORMATION"),
            "values in words, not codes (which only the filter's options carry, as values): " + page);
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
    void givenEveryFilter_thenTheApiIsAskedForEachAndTheFormAndNextPageKeepThem() {
        String officer = officer();

        String first = get("/incidents?severity=P3&category=RUMOUR_OR_MISINFORMATION&platform=X&state=REPORTED"
            + "&reportedFrom=2026-12-01&reportedTo=2026-12-31&due=", officer).body();
        String asked = api.lastCall("GET /api/incidents?");
        String second = get("/incidents?severity=P3&state=REPORTED&cursor=c2", officer).body();
        String askedSecond = api.lastCall("GET /api/incidents?");

        assertTrue(asked.startsWith("GET /api/incidents?limit=25&severity=P3&category=RUMOUR_OR_MISINFORMATION"
            + "&platform=X&state=REPORTED&reportedFrom=2026-12-01&reportedTo=2026-12-31 "), asked);
        assertTrue(first.contains("href=\"/incidents/inc-1\""), first);
        assertFalse(first.contains("href=\"/incidents/inc-2\""), "the triaged P2 is filtered out: " + first);
        assertTrue(first.contains("<option value=\"P3\" selected>P3</option>"), first);
        assertTrue(first.contains("<option value=\"RUMOUR_OR_MISINFORMATION\" selected>Rumour or misinformation"),
            first);
        assertTrue(first.contains("<option value=\"REPORTED\" selected>Reported</option>"), first);
        assertTrue(first.contains("<label for=\"reportedFrom\">Reported from</label>"), first);
        assertTrue(first.contains("name=\"reportedTo\" type=\"date\" value=\"2026-12-31\""), first);
        assertTrue(first.contains("href=\"/incidents?severity=P3&amp;category=RUMOUR_OR_MISINFORMATION&amp;platform=X"
            + "&amp;state=REPORTED&amp;reportedFrom=2026-12-01&amp;reportedTo=2026-12-31&amp;cursor=c2\">Next page"),
            first);
        assertTrue(askedSecond.contains("severity=P3&state=REPORTED&cursor=c2"), askedSecond);
        assertTrue(second.contains("No more incidents."), "the closed P4 is filtered out: " + second);
        assertTrue(second.contains("href=\"/incidents?severity=P3&amp;state=REPORTED\">First page"), second);
    }

    @Test
    void givenFiltersNothingMatches_thenTheBoardSaysSo() {
        String page = get("/incidents?severity=P1", officer()).body();

        assertTrue(page.contains("No incident matches these filters."), page);
        assertFalse(page.contains("<table"), page);
    }

    @Test
    void givenReportedFromAfterReportedTo_thenTheApisProblemIsShownBesideTheField() {
        HttpResponse<String> response = get("/incidents?reportedFrom=2026-12-31&reportedTo=2026-12-01",
            officer());

        assertEquals(422, response.statusCode(), response.body());
        String page = response.body();
        assertTrue(page.contains("<p class=\"error\" id=\"reportedFrom-error\">must not be after reportedTo</p>"),
            page);
        assertTrue(page.contains("aria-invalid=\"true\""), page);
        assertTrue(page.contains("Your request is not valid"), page);
        assertTrue(page.contains("value=\"2026-12-31\""), "the officer's input is kept: " + page);
        assertFalse(page.contains("<table"), page);
    }

    @Test
    void givenUnknownFilterOrCursor_thenNotFoundAndTheApiIsNotAsked() {
        String officer = officer();
        int calls = api.calls.size();

        assertEquals(404, get("/incidents?due=someday", officer).statusCode());
        assertEquals(404, get("/incidents?severity=P9", officer).statusCode());
        assertEquals(404, get("/incidents?state=OPEN", officer).statusCode());
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
