package org.socialgov.contract.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.platform.web.PageCursor;
import org.socialgov.testsupport.InternalTokens;

/** Contract lists: built by the projection from the events, paged by cursor, filtered, per tenant and party. */
class ContractListHttpTest extends ContractServiceHttpTestBase {

    /** A company of its own, so that its lists hold only what one test creates. */
    private static final String INITECH_MANAGER = InternalTokens.forUser("ines", "initech", "CONTRACT_MANAGER");
    private static final String INITECH_RED = InternalTokens.forUser("agency-red", "initech", "AGENCY");
    private static final String RED_DRAFT = ContractFixtures.draftRequestJson()
        .replace("\"providerId\":\"agency-blue\"", "\"providerId\":\"agency-red\"");

    @Test
    void givenContracts_whenListedPageByPage_thenEachAppearsOnceAndFiltersApply() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createDraft(MANAGER, ContractFixtures.draftRequestJson()));
        }
        String endingSoon = LocalDate.now().plusDays(20).toString();
        String soon = createDraft(MANAGER, ContractFixtures.draftRequestJson()
            .replace("\"start\":\"2027-01-01\"", "\"start\":\"2020-01-01\"")
            .replace("\"end\":\"2027-12-31\"", "\"end\":\"" + endingSoon + "\""));
        created.add(soon);
        service.http().retrieve(HttpRequest.POST("/contracts/" + created.get(0) + "/withdrawal", "")
            .bearerAuth(MANAGER), JSON);
        createDraft(InternalTokens.forUser("mallory", "globex", "CONTRACT_MANAGER"),
            ContractFixtures.draftRequestJson());

        await().atMost(Duration.ofSeconds(20)).until(() -> list("?limit=100").size() == 6
            && list("?status=WITHDRAWN").size() == 1);

        List<Object> paged = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = service.http().retrieve(HttpRequest.GET("/contracts?limit=4"
                + (cursor == null ? "" : "&cursor=" + cursor)).bearerAuth(MANAGER), JSON);
            ((List<?>) page.get("items")).forEach(item -> paged.add(((Map<?, ?>) item).get("contractId")));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        assertEquals(created, paged, "every contract once, in creation order");

        assertEquals(List.of(created.get(0)), ids(list("?status=WITHDRAWN")));
        assertEquals(List.of(soon), ids(list("?endsWithinDays=30")));
        assertEquals(0, list("?providerId=agency-red").size());
        assertEquals(6, list("?providerId=agency-blue").size());
    }

    @Test
    void givenAgency_whenListing_thenOnlyContractsItIsPartyTo() {
        createDraft(MANAGER, ContractFixtures.draftRequestJson());
        await().atMost(Duration.ofSeconds(20)).until(() -> !list("").isEmpty());
        Map<String, Object> forOtherAgency = service.http().retrieve(HttpRequest.GET("/contracts")
            .bearerAuth(InternalTokens.forUser("agency-red", "acme", "AGENCY")), JSON);
        assertEquals(List.of(), forOtherAgency.get("items"));
        assertNull(forOtherAgency.get("nextCursor"));
    }

    @Test
    void givenManyContractsWithTwoAgencies_whenManagerAndAgencyPageThrough_thenEachOnceInCreationOrder() {
        List<String> created = new ArrayList<>();
        List<String> red = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            boolean forRed = i % 3 == 0;
            String id = createDraft(INITECH_MANAGER, forRed ? RED_DRAFT : ContractFixtures.draftRequestJson());
            created.add(id);
            if (forRed) {
                red.add(id);
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> pageThrough("", 100, INITECH_MANAGER).size() == 23);

        assertEquals(created, pageThrough("", 4, INITECH_MANAGER), "the manager's list");
        assertEquals(created, pageThrough("", 1, INITECH_MANAGER), "one at a time");
        assertEquals(red, pageThrough("", 3, INITECH_RED), "the agency's list");
        assertEquals(red, pageThrough("providerId=agency-red&", 2, INITECH_MANAGER), "filtered by provider");
        assertEquals(created, pageThrough("status=DRAFT&", 5, INITECH_MANAGER), "filtered by status, same order");
        assertEquals(red, pageThrough("status=DRAFT&", 2, INITECH_RED), "the agency's, filtered by status");
    }

    @Test
    void givenForgedCursor_whenListing_thenBadRequest() {
        ContractsHttpTest.assertProblem(() -> service.http().exchange(HttpRequest.GET("/contracts?cursor=bm9wZQ")
            .bearerAuth(MANAGER), JSON), 400, "invalid-request");
    }

    @Test
    void givenCursorOfAnotherCompanyOrUnknownContract_whenListing_thenAnsweredAsAForgedCursor() {
        String umbrella = InternalTokens.forUser("uma", "umbrella", "CONTRACT_MANAGER");
        createDraft(umbrella, ContractFixtures.draftRequestJson());
        createDraft(umbrella, ContractFixtures.draftRequestJson());
        await().atMost(Duration.ofSeconds(20)).until(() -> page("?limit=1", umbrella).get("nextCursor") != null);
        String umbrellaCursor = (String) page("?limit=1", umbrella).get("nextCursor");
        String unknown = PageCursor.encode("no-such-contract");

        for (String query : List.of("?cursor=" + unknown, "?cursor=" + umbrellaCursor,
            "?status=DRAFT&cursor=" + umbrellaCursor)) {
            HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> service.http().exchange(HttpRequest.GET("/contracts" + query).bearerAuth(
                    query.endsWith(unknown) ? umbrella : MANAGER), JSON));
            HttpClientResponseException forged = assertThrows(HttpClientResponseException.class,
                () -> service.http().exchange(HttpRequest.GET("/contracts?cursor=bm9wZQ").bearerAuth(MANAGER),
                    JSON));
            assertEquals(forged.getStatus(), refused.getStatus(), query);
            Map<?, ?> problem = refused.getResponse().getBody(Map.class).orElseThrow();
            Map<?, ?> forgedProblem = forged.getResponse().getBody(Map.class).orElseThrow();
            assertEquals(List.of(forgedProblem.get("type"), forgedProblem.get("title"), forgedProblem.get("detail")),
                List.of(problem.get("type"), problem.get("title"), problem.get("detail")), query);
        }
    }

    /** Every contract id of the list, page after page until there is no next cursor. */
    private static List<Object> pageThrough(String filters, int limit, String token) {
        List<Object> ids = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = page("?" + filters + "limit=" + limit
                + (cursor == null ? "" : "&cursor=" + cursor), token);
            ids.addAll(ids((List<?>) page.get("items")));
            assertTrue(((List<?>) page.get("items")).size() <= limit);
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        return ids;
    }

    private static Map<String, Object> page(String query, String token) {
        return service.http().retrieve(HttpRequest.GET("/contracts" + query).bearerAuth(token), JSON);
    }

    private static List<?> list(String query) {
        return (List<?>) page(query, MANAGER).get("items");
    }

    private static List<Object> ids(List<?> items) {
        return items.stream().<Object>map(item -> ((Map<?, ?>) item).get("contractId")).toList();
    }
}
