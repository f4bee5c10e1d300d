package org.socialgov.contract.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.testsupport.InternalTokens;

/** Contract lists sorted by creation, term end and cancel-by date, both ways, paged by key, per tenant. */
class ContractListSortHttpTest extends ContractServiceHttpTestBase {

    private static final String RENEWAL = "\"autoRenewal\":{\"renewalMonths\":12,\"noticeDays\":60}";

    @Test
    void givenContractsWithDifferentTermEnds_whenSortedByTermEnd_thenInDateOrderEitherWayWithoutEndLast() {
        String manager = manager("hooli");
        String late = createDraft(manager, ending("2027-12-31"));
        String early = createDraft(manager, ending("2027-06-30"));
        String middle = createDraft(manager, ending("2027-09-30"));
        String alsoEarly = createDraft(manager, ending("2027-06-30"));
        String noTerm = createDraft(manager, ContractFixtures.draftRequestJson().replaceFirst(
            "\"term\":\\{[^}]*}},", ""));
        await().atMost(Duration.ofSeconds(20)).until(() -> pageThrough("", 100, manager).size() == 5);

        List<Object> ascending = List.of(early, alsoEarly, middle, late, noTerm);
        assertEquals(ascending, pageThrough("sort=termEnd&", 2, manager), "by term end, same end in creation order");
        assertEquals(ascending, pageThrough("sort=termEnd&", 1, manager), "one at a time");
        assertEquals(ascending, pageThrough("sort=termEnd&", 100, manager), "one page");
        assertEquals(List.of(late, middle, alsoEarly, early, noTerm), pageThrough("sort=-termEnd&", 2, manager),
            "last end first, the contract without an end still last");
        assertEquals(ascending, pageThrough("sort=termEnd&providerId=agency-blue&", 3, manager), "with a filter");
        assertEquals(reversed(pageThrough("", 100, manager)), pageThrough("sort=-created&", 2, manager),
            "created, last first, page by page");
        assertEquals(reversed(pageThrough("status=DRAFT&", 100, manager)),
            pageThrough("status=DRAFT&sort=-created&", 2, manager), "created, last first, filtered");
    }

    @Test
    void givenRenewingFixedNoticedAndTerminatedContracts_whenListed_thenCancelByOnlyWhereARenewalMayComeAndSorted() {
        String manager = manager("soylent");
        String agency = InternalTokens.forUser("agency-blue", "soylent", "AGENCY");
        String renewing = createDraft(manager, ContractFixtures.draftRequestJson());
        String fixed = createDraft(manager, ContractFixtures.draftRequestJson().replace("," + RENEWAL, ""));
        String noticed = activeContract(manager, agency);
        service.http().retrieve(post(noticed + "/non-renewal-notice", "{\"party\":\"PROVIDER\"}", agency), JSON);
        String terminated = activeContract(manager, agency);
        service.http().retrieve(post(terminated + "/termination",
            "{\"party\":\"CLIENT\",\"ground\":\"ANTI_SOCIAL_FORCES\",\"explanation\":\"Linked to organised crime\"}",
            manager), JSON);
        String soonerRenewing = createDraft(manager, ending("2027-10-31"));
        String active = activeContract(manager, agency);
        await().atMost(Duration.ofSeconds(20)).until(() -> cancelBy(manager).size() == 6
            && "TERMINATED".equals(status(manager, terminated)) && cancelBy(manager).get(noticed) == null);

        Map<Object, Object> expected = new HashMap<>();
        expected.put(renewing, "2027-11-01");
        expected.put(fixed, null);
        expected.put(noticed, null);
        expected.put(terminated, null);
        expected.put(soonerRenewing, "2027-09-01");
        expected.put(active, "2027-11-01");
        assertEquals(expected, cancelBy(manager));
        assertEquals("2027-11-01", service.http().retrieve(HttpRequest.GET("/contracts/" + renewing)
            .bearerAuth(manager), JSON).get("cancelBy"), "the contract itself says the same");
        assertFalse(service.http().retrieve(HttpRequest.GET("/contracts/" + noticed).bearerAuth(manager), JSON)
            .containsKey("cancelBy"));

        List<Object> withoutDate = List.of(fixed, noticed, terminated);
        List<Object> ascending = concat(List.of(soonerRenewing, renewing, active), withoutDate);
        assertEquals(ascending, pageThrough("sort=cancelBy&", 2, manager));
        assertEquals(concat(List.of(active, renewing, soonerRenewing), reversed(withoutDate)),
            pageThrough("sort=-cancelBy&", 2, manager), "last first, ties and contracts without a date reversed too");
        assertEquals(ascending, pageThrough("sort=cancelBy&", 1, agency), "the agency's list, sorted the same");
    }

    @Test
    void givenCursorOfOneSortOrFilter_whenUsedWithAnother_thenRefusedAsAForgedCursor() {
        String manager = manager("vandelay");
        for (int i = 0; i < 3; i++) {
            createDraft(manager, ContractFixtures.draftRequestJson());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> pageThrough("", 100, manager).size() == 3);
        String byEnd = (String) page("?sort=termEnd&limit=1", manager).get("nextCursor");
        String created = (String) page("?limit=1", manager).get("nextCursor");
        page("?sort=termEnd&limit=1&cursor=" + byEnd, manager);

        for (String query : List.of("?cursor=" + byEnd, "?sort=-termEnd&cursor=" + byEnd,
            "?sort=termEnd&status=DRAFT&cursor=" + byEnd, "?sort=cancelBy&cursor=" + byEnd,
            "?sort=termEnd&cursor=" + created, "?status=DRAFT&cursor=" + created, "?sort=-created&cursor=" + created)) {
            Map<?, ?> problem = refused(query, manager, 400);
            assertEquals("Field 'cursor' is not a cursor from a previous page", problem.get("detail"), query);
        }
    }

    @Test
    void givenUnknownSort_whenListing_thenBadRequestNamingTheParameter() {
        for (String sort : List.of("title", "termend", "--termEnd", "TERM_END", "cancel-by", "+cancelBy")) {
            Map<?, ?> problem = refused("?sort=" + sort, MANAGER, 400);
            assertTrue(problem.toString().contains("sort"), sort + ": " + problem);
        }
    }

    @Test
    void givenTwoCompanies_whenEachSortsItsList_thenOnlyItsOwnAndTheOthersCursorIsRefused() {
        String wayne = manager("wayne");
        String stark = manager("stark");
        List<Object> wayneIds = List.of(createDraft(wayne, ending("2027-03-31")),
            createDraft(wayne, ending("2027-02-28")));
        createDraft(stark, ending("2027-01-31"));
        createDraft(stark, ending("2027-01-31"));
        await().atMost(Duration.ofSeconds(20)).until(() -> pageThrough("", 100, wayne).size() == 2
            && pageThrough("", 100, stark).size() == 2);

        assertEquals(reversed(wayneIds), pageThrough("sort=termEnd&", 1, wayne));
        assertEquals(reversed(wayneIds), pageThrough("sort=cancelBy&", 1, wayne));
        String starkCursor = (String) page("?sort=termEnd&limit=1", stark).get("nextCursor");
        Map<?, ?> problem = refused("?sort=termEnd&cursor=" + starkCursor, wayne, 400);
        assertEquals("Field 'cursor' is not a cursor from a previous page", problem.get("detail"));
    }

    private static String manager(String company) {
        return InternalTokens.forUser("manager-" + company, company, "CONTRACT_MANAGER");
    }

    /** A draft with the recommended terms, ending on {@code end} and renewing itself with 60 days' notice. */
    private static String ending(String end) {
        return ContractFixtures.draftRequestJson().replace("\"end\":\"2027-12-31\"", "\"end\":\"" + end + "\"");
    }

    private static String activeContract(String manager, String agency) {
        String id = createDraft(manager, ContractFixtures.draftRequestJson());
        service.http().retrieve(post(id + "/signatures",
            "{\"party\":\"CLIENT\",\"signatoryName\":\"Hanako Yamada\",\"signatoryRole\":\"Head of Legal\"}",
            manager), JSON);
        service.http().retrieve(post(id + "/signatures",
            "{\"party\":\"PROVIDER\",\"signatoryName\":\"Ken Blue\",\"signatoryRole\":\"CEO\"}", agency), JSON);
        return id;
    }

    private static Map<?, ?> refused(String query, String token, int status) {
        HttpClientResponseException refused = org.junit.jupiter.api.Assertions.assertThrows(
            HttpClientResponseException.class, () -> service.http().exchange(HttpRequest.GET("/contracts" + query)
                .bearerAuth(token), JSON), query);
        assertEquals(status, refused.getStatus().getCode(), query);
        assertEquals("application/problem+json", refused.getResponse().getContentType().orElseThrow().toString(),
            query);
        return refused.getResponse().getBody(Map.class).orElseThrow();
    }

    /** Each contract's cancel-by date as listed (null where the summary has none). */
    private static Map<Object, Object> cancelBy(String token) {
        Map<Object, Object> dates = new HashMap<>();
        for (Object item : (List<?>) page("?limit=100", token).get("items")) {
            dates.put(((Map<?, ?>) item).get("contractId"), ((Map<?, ?>) item).get("cancelBy"));
        }
        return dates;
    }

    private static Object status(String token, String contractId) {
        return ((List<?>) page("?limit=100", token).get("items")).stream().map(item -> (Map<?, ?>) item)
            .filter(item -> contractId.equals(item.get("contractId"))).findFirst().map(item -> item.get("status"))
            .orElse(null);
    }

    private static List<Object> pageThrough(String query, int limit, String token) {
        List<Object> ids = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = page("?" + query + "limit=" + limit + (cursor == null ? "" : "&cursor="
                + cursor), token);
            List<?> items = (List<?>) page.get("items");
            assertTrue(items.size() <= limit);
            items.forEach(item -> ids.add(((Map<?, ?>) item).get("contractId")));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        return ids;
    }

    private static Map<String, Object> page(String query, String token) {
        return service.http().retrieve(HttpRequest.GET("/contracts" + query).bearerAuth(token), JSON);
    }

    private static List<Object> reversed(List<Object> list) {
        List<Object> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
