package org.socialgov.incident.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialgov.testsupport.InternalTokens;

/**
 * Incident lists through the real service: paged by an opaque cursor, newest first, at most 100 a page, and on
 * every page only the incidents the caller may know of. Each test reports in a company of its own, so that it can
 * count every incident of that company; P4 is to be triaged at once so that it is overdue.
 */
class IncidentListHttpTest extends IncidentServiceHttpTestBase {

    /** Newest first; incidents reported in the same millisecond in descending id order. */
    private static final Comparator<Map<String, Object>> LIST_ORDER = Comparator
        .comparing((Map<String, Object> item) -> Instant.parse((String) item.get("reportedAt"))).reversed()
        .thenComparing(item -> (String) item.get("incidentId"), Comparator.reverseOrder());

    private static final int MOST_PAGES = 30;

    @BeforeAll
    static void triageP4AtOnce() {
        restartWith(Map.of("socialgov.incidents.sla.P4.triage", "0s"));
    }

    @Test
    void givenMoreIncidentsThanOnePage_whenListedPageByPage_thenEachOnceNewestFirst() {
        String reporter = InternalTokens.forUser("ian", "initech", "EMPLOYEE");
        String officer = InternalTokens.forUser("olivia", "initech", "COMPLIANCE_OFFICER");
        List<String> reported = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            reported.add((String) reportPost(complaint(newPostUrl()), reporter).body().get("incidentId"));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> list("", officer).size() == reported.size());

        List<Integer> pageSizes = new ArrayList<>();
        List<Map<String, Object>> paged = pageThrough("?limit=8", officer, pageSizes);

        assertEquals(List.of(8, 8, 5), pageSizes, "the last page says there is no next one");
        assertEquals(reported.size(), new HashSet<>(ids(paged)).size(), "no incident twice");
        assertEquals(Set.copyOf(reported), Set.copyOf(ids(paged)), "every incident");
        assertEquals(paged.stream().sorted(LIST_ORDER).toList(), paged, "newest first");
        assertEquals(ids(list("", officer)), ids(paged), "the same order as in one page");
        Map<String, Object> firstPage = page("", officer);
        assertEquals(20, items(firstPage).size(), "pages of 20 unless asked otherwise");
        assertNotNull(firstPage.get("nextCursor"));
    }

    @Test
    void givenEmployeesOfOneCompany_whenEachPagesThroughTheList_thenOnlyIncidentsTheyReportedOrSighted() {
        String erin = InternalTokens.forUser("erin", "umbrella", "EMPLOYEE");
        String bert = InternalTokens.forUser("bert", "umbrella", "EMPLOYEE");
        String officer = InternalTokens.forUser("olivia", "umbrella", "COMPLIANCE_OFFICER");
        List<String> erins = new ArrayList<>();
        List<String> erinsPosts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            erinsPosts.add(newPostUrl());
            erins.add((String) reportPost(complaint(erinsPosts.get(i)), erin).body().get("incidentId"));
        }
        List<String> berts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            berts.add((String) reportPost(complaint(newPostUrl()), bert).body().get("incidentId"));
        }
        reportPost(complaint(erinsPosts.get(0)), bert);
        await().atMost(Duration.ofSeconds(20)).until(() -> list("", officer).size() == 5
            && list("", bert).size() == 3);

        assertEquals(Set.copyOf(erins), Set.copyOf(ids(pageThrough("?limit=1", erin, new ArrayList<>()))));
        List<Object> bertSees = ids(pageThrough("?limit=2", bert, new ArrayList<>()));
        assertEquals(3, bertSees.size());
        assertEquals(Set.of(berts.get(0), berts.get(1), erins.get(0)), Set.copyOf(bertSees),
            "his own reports and the one he sighted");
        assertEquals(5, pageThrough("?limit=2", officer, new ArrayList<>()).size());
    }

    @Test
    void givenOverdueIncidentsOfSeveralReporters_whenPagedByDue_thenTheCallersOverdueOnesOnly() {
        String erin = InternalTokens.forUser("erin", "hooli", "EMPLOYEE");
        String bert = InternalTokens.forUser("bert", "hooli", "EMPLOYEE");
        String officer = InternalTokens.forUser("olivia", "hooli", "COMPLIANCE_OFFICER");
        List<String> erinsOverdue = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            erinsOverdue.add((String) reportPost(minorPost(), erin).body().get("incidentId"));
        }
        reportPost(complaint(newPostUrl()), erin);
        reportPost(minorPost(), bert);
        await().atMost(Duration.ofSeconds(20)).until(() -> list("?due=overdue", officer).size() == 4);

        List<Map<String, Object>> paged = pageThrough("?due=overdue&limit=2", erin, new ArrayList<>());

        assertEquals(Set.copyOf(erinsOverdue), Set.copyOf(ids(paged)));
        assertEquals(erinsOverdue.size(), paged.size());
        assertEquals(4, pageThrough("?due=overdue&limit=3", officer, new ArrayList<>()).size());
    }

    @Test
    void givenLimitAboveTheMaximum_whenListing_thenBadRequestNamingLimit() {
        HttpClientResponseException refused = assertProblem(() -> page("?limit=101", OFFICER), 400,
            "invalid-request");
        assertTrue(problem(refused).contains("\"field\":\"limit\""), problem(refused));
        assertProblem(() -> page("?limit=0", OFFICER), 400, "invalid-request");
        assertTrue(items(page("?limit=100", OFFICER)).size() <= 100);
    }

    @Test
    void givenCursorTheServiceDidNotIssue_whenListing_thenBadRequestNamingCursor() {
        String notBase64 = "bm9wZQ";
        String notAPosition = Base64.getUrlEncoder().withoutPadding()
            .encodeToString("after:yesterday:incident".getBytes(StandardCharsets.UTF_8));
        for (String cursor : List.of(notBase64, notAPosition, "a!b")) {
            HttpClientResponseException refused = assertProblem(() -> page("?cursor=" + cursor, OFFICER), 400,
                "invalid-request");
            assertTrue(problem(refused).contains("cursor"), problem(refused));
        }
    }

    /** A P4 (other, neutral, little reach): to be triaged at once here, so overdue as soon as it is reported. */
    private static String minorPost() {
        return report(newPostUrl(), "OTHER", "NEUTRAL", 10, "2026-05-04T09:00:00Z");
    }

    /** Every item of every page, following nextCursor; the size of each page goes to {@code pageSizes}. */
    private static List<Map<String, Object>> pageThrough(String query, String token, List<Integer> pageSizes) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            // A cursor that led back to the same page would otherwise keep the test going forever.
            assertTrue(pageSizes.size() < MOST_PAGES, "more than " + MOST_PAGES + " pages: " + ids(all));
            Map<String, Object> page = page(query + (cursor == null ? "" : "&cursor=" + cursor), token);
            pageSizes.add(items(page).size());
            all.addAll(items(page));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        return all;
    }

    private static String problem(HttpClientResponseException refused) {
        return refused.getResponse().getBody(String.class).orElseThrow();
    }
}
