package org.socialgov.policy.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialgov.testsupport.InternalTokens;

/**
 * The roster a page at a time, as contract lists are: at most 100 people a page, an opaque cursor to the next,
 * person id order, the standing filter on every page. Each test keeps a company of its own, so counts are exact.
 */
class StaffRosterPagingHttpTest extends StaffHttpTestBase {

    @Test
    void givenMoreStaffThanOnePage_whenListedPageByPage_thenEachAppearsOnceInPersonIdOrder() {
        String officer = officerOf("initech");
        List<String> people = IntStream.range(0, 25).mapToObj(i -> String.format("p%02d", i)).toList();
        // Registered out of order: the order of the pages is the person ids', not the order people joined.
        for (int i = 0; i < people.size(); i++) {
            registerIn(officer, people.get((i * 7) % people.size()), "EMPLOYEE");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> roster("", officer).size() == people.size());

        List<List<String>> byDefault = pages("", officer);
        assertEquals(List.of(20, 5), byDefault.stream().map(List::size).toList(), "20 a page unless asked");
        assertEquals(people, byDefault.stream().flatMap(List::stream).toList(), "everyone once, in order");

        List<List<String>> byFive = pages("?limit=5", officer);
        assertEquals(List.of(5, 5, 5, 5, 5), byFive.stream().map(List::size).toList(), "no empty page at the end");
        assertEquals(people, byFive.stream().flatMap(List::stream).toList());

        assertEquals(people, pages("?limit=100", officer).get(0), "a page of 100 holds them all");
    }

    @Test
    void givenStandingFilter_whenListedPageByPage_thenOnlyPeopleOfThatStandingOnEveryPage() {
        String officer = officerOf("umbrella");
        List<String> standings = List.of("OFFICER", "EMPLOYEE", "NON_REGULAR_EMPLOYEE");
        for (int i = 0; i < 12; i++) {
            registerIn(officer, "u" + (char) ('a' + i), standings.get(i % standings.size()));
        }
        service.http().exchange(post("/ue/departure", "{\"leftOn\":\"2025-01-31\"}", officer), JSON);
        await().atMost(Duration.ofSeconds(20)).until(() -> roster("?standing=FORMER_EMPLOYEE", officer).size() == 1
            && roster("", officer).size() == 12);

        List<List<String>> employees = pages("?standing=EMPLOYEE&limit=2", officer);

        assertEquals(List.of(List.of("ub", "uh"), List.of("uk")), employees,
            "the employees only (ue has left), two a page");
        assertTrue(roster("?standing=EMPLOYEE", officer).stream()
            .allMatch(entry -> "EMPLOYEE".equals(entry.get("standing"))));
        assertEquals(List.of("ua", "ud", "ug", "uj"),
            pages("?standing=OFFICER&limit=3", officer).stream().flatMap(List::stream).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {101, 1000, 0, -1})
    void givenLimitOutsideOneToHundred_whenListed_thenBadRequestNamingLimit(int limit) {
        assertBadRequestNaming("limit", "/staff?limit=" + limit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not%20a%20cursor", "bm9wZQ", "YWZ0ZXI6", "YWZ0ZXI6YSBi", "YWZ0ZXI6YS9i"})
    void givenCursorNotFromAPreviousPage_whenListed_thenBadRequestNamingCursor(String cursor) {
        // In order: outside the spec's pattern; "nope"; "after:" and no person id; "after:a b"; "after:a/b".
        assertBadRequestNaming("cursor", "/staff?cursor=" + cursor);
    }

    @Test
    void givenLastPage_whenListed_thenNoNextCursor() {
        String officer = officerOf("hooli");
        registerIn(officer, "gavin", "OFFICER");
        await().atMost(Duration.ofSeconds(20)).until(() -> roster("", officer).size() == 1);

        Map<String, Object> page = rosterPage("", officer);

        assertEquals(1, ((List<?>) page.get("items")).size());
        assertNull(page.get("nextCursor"));
    }

    private static String officerOf(String tenant) {
        return InternalTokens.forUser("officer", tenant, "COMPLIANCE_OFFICER");
    }

    private static void registerIn(String officer, String personId, String standing) {
        service.http().exchange(post("", registration(personId, standing, "2024-04-01"), officer), JSON);
    }

    /** Every page's person ids, following nextCursor from the first page until there is none. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> pages(String query, String token) {
        List<List<String>> pages = new ArrayList<>();
        String cursor = null;
        do {
            String continued = cursor == null ? "" : (query.isEmpty() ? "?" : "&") + "cursor=" + cursor;
            Map<String, Object> page = rosterPage(query + continued, token);
            pages.add(((List<Map<String, Object>>) page.get("items")).stream()
                .map(entry -> (String) entry.get("personId")).toList());
            cursor = (String) page.get("nextCursor");
            assertTrue(pages.size() <= MAX_PAGES, "the roster's cursor does not move on");
        } while (cursor != null);
        return pages;
    }

    private static void assertBadRequestNaming(String parameter, String uri) {
        HttpClientResponseException refused = assertProblem(() -> service.http().exchange(
            HttpRequest.GET(uri).bearerAuth(OFFICER), JSON), 400, "invalid-request");
        String problem = refused.getResponse().getBody(String.class).orElseThrow();
        assertTrue(problem.contains("\"detail\":\"Field '" + parameter + "'"), uri + ": " + problem);
    }
}
