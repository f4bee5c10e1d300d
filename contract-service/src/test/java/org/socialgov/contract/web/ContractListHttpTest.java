package org.socialgov.contract.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.testsupport.InternalTokens;

/** Contract lists: built by the projection from the events, paged by cursor, filtered, per tenant and party. */
class ContractListHttpTest extends ContractServiceHttpTestBase {

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
        assertEquals(created.stream().sorted().toList(), paged, "every contract once, in a stable order");

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
    void givenForgedCursor_whenListing_thenBadRequest() {
        ContractsHttpTest.assertProblem(() -> service.http().exchange(HttpRequest.GET("/contracts?cursor=bm9wZQ")
            .bearerAuth(MANAGER), JSON), 400, "invalid-request");
    }

    private static List<?> list(String query) {
        return (List<?>) service.http().retrieve(HttpRequest.GET("/contracts" + query).bearerAuth(MANAGER), JSON)
            .get("items");
    }

    private static List<Object> ids(List<?> items) {
        return items.stream().<Object>map(item -> ((Map<?, ?>) item).get("contractId")).toList();
    }
}
