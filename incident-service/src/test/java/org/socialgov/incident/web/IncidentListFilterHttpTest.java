package org.socialgov.incident.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialgov.testsupport.InternalTokens;

/**
 * The incident list filtered by severity, category, platform, state and report days, through the real service:
 * each filter alone and combined, paged, refused when a value is unknown, and only ever the caller's company. One
 * company (wayne) reports six incidents of several kinds; another (stark) reports the same kinds.
 */
class IncidentListFilterHttpTest extends IncidentServiceHttpTestBase {

    private static final String WAYNE = InternalTokens.forUser("olivia", "wayne", "COMPLIANCE_OFFICER", "EMPLOYEE");
    private static final String STARK = InternalTokens.forUser("olga", "stark", "COMPLIANCE_OFFICER", "EMPLOYEE");
    private static final int REPORTED_BY_EACH = 6;

    private static final List<String> WAYNES = new ArrayList<>();
    private static final List<String> STARKS = new ArrayList<>();

    @BeforeAll
    static void reportIncidentsOfSeveralKinds() {
        reportKinds(WAYNE, WAYNES);
        reportKinds(STARK, STARKS);
        await().atMost(Duration.ofSeconds(30)).until(() -> triaged(WAYNE) == 2 && triaged(STARK) == 2);
    }

    /** Complaints on X and LinkedIn, a rumour on LinkedIn, a minor post on X; two triaged (P1 and P2). */
    private static void reportKinds(String officer, List<String> reported) {
        reported.add(reported(officer, "X", "COMPLAINT", "NEGATIVE", 5000));
        reported.add(reported(officer, "LINKEDIN", "COMPLAINT", "NEGATIVE", 5000));
        reported.add(reported(officer, "LINKEDIN", "RUMOUR_OR_MISINFORMATION", "NEGATIVE", 5000));
        reported.add(reported(officer, "X", "OTHER", "NEUTRAL", 10));
        reported.add(reported(officer, "LINKEDIN", "COMPLAINT", "NEGATIVE", 5000));
        reported.add(reported(officer, "X", "COMPLAINT", "NEGATIVE", 5000));
        step(reported.get(1), "triage", triage("P1"), officer);
        step(reported.get(2), "triage", triage("P2"), officer);
    }

    /** Above the suggested P3, which takes a reason. */
    private static String triage(String severity) {
        return "{\"severity\":\"" + severity + "\",\"severityReason\":\"Spreading fast\",\"assignee\":\"olivia\"}";
    }

    /** Counted in the unfiltered list, so that waiting does not depend on the filters under test. */
    private static long triaged(String officer) {
        return list("", officer).stream().filter(item -> "TRIAGED".equals(item.get("status"))).count();
    }

    private static String reported(String token, String platform, String category, String sentiment, long followers) {
        String postUrl = "X".equals(platform) ? newPostUrl()
            : "https://www.linkedin.com/posts/acme-" + Math.abs(UUID.randomUUID().getMostSignificantBits());
        String body = report(postUrl, category, sentiment, followers, "2026-05-04T09:00:00Z")
            .replace("\"platform\":\"X\"", "\"platform\":\"" + platform + "\"");
        return (String) reportPost(body, token).body().get("incidentId");
    }

    @Test
    void givenIncidentsOfSeveralKinds_whenFilteredByEachField_thenExactlyThoseWithThatValue() {
        List<Map<String, Object>> all = list("", WAYNE);
        assertEquals(Set.copyOf(WAYNES), Set.copyOf(ids(all)));

        for (Map.Entry<String, List<String>> filter : Map.of(
                "severity", List.of("P1", "P2", "P3", "P5"),
                "category", List.of("COMPLAINT", "RUMOUR_OR_MISINFORMATION", "OTHER", "PRAISE"),
                "platform", List.of("X", "LINKEDIN", "TIKTOK"),
                "state", List.of("REPORTED", "TRIAGED", "CLOSED")).entrySet()) {
            String field = filter.getKey().equals("state") ? "status" : filter.getKey();
            for (String value : filter.getValue()) {
                List<Object> expected = ids(all.stream().filter(item -> value.equals(item.get(field))).toList());
                assertEquals(expected, ids(list("?" + filter.getKey() + "=" + value, WAYNE)), filter + "=" + value);
            }
        }
        assertEquals(List.of(WAYNES.get(1)), ids(list("?severity=P1", WAYNE)), "the severity set at triage");
        assertEquals(Set.of(WAYNES.get(1), WAYNES.get(2)), Set.copyOf(ids(list("?state=TRIAGED", WAYNE))));
        assertEquals(3, list("?platform=LINKEDIN", WAYNE).size());
    }

    @Test
    void givenIncidentsReportedToday_whenFilteredByReportDays_thenBothEndsIncluded() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertEquals(REPORTED_BY_EACH, list("?reportedFrom=" + today + "&reportedTo=" + today, WAYNE).size());
        assertEquals(REPORTED_BY_EACH, list("?reportedFrom=" + today.minusDays(7), WAYNE).size());
        assertEquals(REPORTED_BY_EACH, list("?reportedTo=" + today, WAYNE).size());
        assertEquals(List.of(), list("?reportedTo=" + today.minusDays(1), WAYNE));
        assertEquals(List.of(), list("?reportedFrom=" + today.plusDays(1), WAYNE));
    }

    @Test
    void givenSeveralFilters_whenListed_thenOnlyIncidentsMatchingAll() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertEquals(Set.of(WAYNES.get(4)), Set.copyOf(ids(list("?category=COMPLAINT&platform=LINKEDIN"
            + "&state=REPORTED&reportedFrom=" + today, WAYNE))));
        assertEquals(Set.of(WAYNES.get(0), WAYNES.get(5)), Set.copyOf(ids(list("?category=COMPLAINT&platform=X"
            + "&severity=P3&reportedTo=" + today, WAYNE))));
        assertEquals(List.of(), list("?category=OTHER&state=TRIAGED", WAYNE));
        assertEquals(List.of(), list("?severity=P1&due=overdue", WAYNE), "P1 was triaged; its decision not yet due");
    }

    @Test
    void givenFilteredList_whenPagedOneByOne_thenEachMatchOnceAndTheCursorOnlyForTheSameFilters() {
        List<Object> paged = new ArrayList<>();
        String query = "?category=COMPLAINT&limit=1";
        Map<String, Object> page = page(query, WAYNE);
        for (int pages = 0; pages < 10 && page.get("nextCursor") != null; pages++) {
            paged.addAll(ids(items(page)));
            page = page(query + "&cursor=" + page.get("nextCursor"), WAYNE);
        }
        paged.addAll(ids(items(page)));
        assertEquals(ids(list("?category=COMPLAINT", WAYNE)), paged, "newest first, each once");
        assertEquals(4, paged.size());

        String cursor = (String) page("?category=COMPLAINT&limit=1", WAYNE).get("nextCursor");
        for (String otherFilters : List.of("", "&category=OTHER", "&category=COMPLAINT&platform=X",
                "&category=COMPLAINT&due=soon")) {
            HttpClientResponseException refused = assertProblem(() -> page("?limit=1&cursor=" + cursor
                + otherFilters, WAYNE), 400, "invalid-request");
            assertTrue(body(refused).contains("\"field\":\"cursor\""), otherFilters + ": " + body(refused));
        }
        String unfilteredCursor = (String) page("?limit=1", WAYNE).get("nextCursor");
        assertProblem(() -> page("?limit=1&severity=P3&cursor=" + unfilteredCursor, WAYNE), 400,
            "invalid-request");
    }

    @Test
    void givenValueAFilterDoesNotKnow_whenListing_thenBadRequestNamingTheField() {
        for (String[] bad : new String[][] {{"severity", "P9"}, {"category", "GOSSIP"}, {"platform", "MYSPACE"},
                {"state", "OPEN"}, {"reportedFrom", "2026-13-01"}, {"reportedTo", "yesterday"}, {"due", "later"}}) {
            HttpClientResponseException refused = assertProblem(() -> page("?" + bad[0] + "=" + bad[1], WAYNE), 400,
                "invalid-request");
            assertTrue(body(refused).contains("\"field\":\"" + bad[0] + "\""), bad[0] + ": " + body(refused));
            assertFalse(body(refused).contains("items"), body(refused));
        }
    }

    @Test
    void givenReportedFromAfterReportedTo_whenListing_thenBadRequestNamingReportedFrom() {
        HttpClientResponseException refused = assertProblem(() -> page("?reportedFrom=2026-05-05"
            + "&reportedTo=2026-05-04", WAYNE), 400, "invalid-request");

        assertTrue(body(refused).contains("\"field\":\"reportedFrom\""), body(refused));
        assertEquals(0, list("?reportedFrom=2026-05-04&reportedTo=2026-05-04", WAYNE).size(), "one day is fine");
    }

    @Test
    void givenTwoCompaniesWithIncidentsOfTheSameKinds_whenEachFilters_thenOnlyItsOwn() {
        for (String query : List.of("?category=COMPLAINT", "?platform=LINKEDIN&state=REPORTED", "?severity=P1",
                "?reportedFrom=" + LocalDate.now(ZoneOffset.UTC))) {
            List<Object> waynes = ids(list(query, WAYNE));
            List<Object> starks = ids(list(query, STARK));
            assertFalse(waynes.isEmpty(), query);
            assertTrue(WAYNES.containsAll(waynes), query + ": " + waynes);
            assertTrue(STARKS.containsAll(starks), query + ": " + starks);
            assertEquals(waynes.size(), starks.size(), query);
        }
        assertEquals(List.of(), list("?severity=P1", OTHER_COMPANY), "a company without incidents sees none");
    }

    private static String body(HttpClientResponseException refused) {
        return refused.getResponse().getBody(String.class).orElseThrow();
    }
}
