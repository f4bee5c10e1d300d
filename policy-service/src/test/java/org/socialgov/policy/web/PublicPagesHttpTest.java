package org.socialgov.policy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.socialgov.policy.web.PolicyRequests.CREATION;
import static org.socialgov.policy.web.PolicyRequests.post;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.socialgov.policy.domain.PolicyIds;
import org.socialgov.testsupport.InternalTokens;

/**
 * The public pages tell nobody what a company keeps unpublished: an unknown company, one with only a draft, one
 * whose policy takes effect later and one with nothing but a retired account all answer alike.
 */
class PublicPagesHttpTest extends PolicyServiceHttpTestBase {

    private static final Argument<Map<String, Object>> PROBLEM = JSON;

    @Test
    void givenNoPolicyInForceForWhateverReason_whenThePublicReadsThePolicy_thenTheSame404WithNothingInternal() {
        String draftOnly = officer("draftco");
        service.http().retrieve(post("/policies", CREATION, draftOnly), JSON);
        String later = officer("laterco");
        String laterId = (String) service.http().retrieve(post("/policies", CREATION, later), JSON).get("policyId");
        service.http().retrieve(post("/policies/" + laterId + "/versions/1/publication", "{\"effectiveFrom\":\""
            + LocalDate.now().plusYears(1) + "\"}", later), JSON);

        Map<String, Map<String, Object>> answers = List.of("nobodyco", "draftco", "laterco").stream()
            .collect(Collectors.toMap(Function.identity(), tenant -> notFound("/public/" + tenant + "/policy")));

        Map<String, Object> unknown = answers.get("nobodyco");
        answers.forEach((tenant, problem) -> {
            assertEquals(withoutWhereAndWhen(unknown), withoutWhereAndWhen(problem), tenant);
            assertFalse(problem.toString().contains(PolicyIds.forTenant(tenant)), tenant + ": " + problem);
        });
    }

    @Test
    void givenNoActiveAccountForWhateverReason_whenThePublicListsTheAccounts_thenTheSameEmptyList() {
        String retired = officer("retiredco");
        String accountId = (String) service.http().retrieve(post("/official-accounts", "{\"platform\":\"X\","
            + "\"handle\":\"@RetiredCo\",\"url\":\"https://x.com/RetiredCo\",\"purpose\":\"News\","
            + "\"since\":\"2020-01-01\"}", retired), JSON).get("accountId");
        service.http().retrieve(post("/official-accounts/" + accountId + "/retirement",
            "{\"reason\":\"Moved to the new brand account\",\"retiredOn\":\"2021-01-01\"}", retired), JSON);
        service.http().retrieve(post("/policies", CREATION, officer("quietco")), JSON);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !((List<?>) service.http().retrieve(
            HttpRequest.GET("/official-accounts?status=RETIRED").bearerAuth(retired), JSON).get("items")).isEmpty());

        String unknown = service.http().retrieve(HttpRequest.GET("/public/nobodyco/official-accounts"), String.class);
        for (String tenant : List.of("retiredco", "quietco")) {
            assertEquals(unknown, service.http().retrieve(HttpRequest.GET("/public/" + tenant
                + "/official-accounts"), String.class), tenant);
        }
        assertEquals("{\"items\":[]}", unknown);
    }

    private static Map<String, Object> notFound(String path) {
        HttpClientResponseException refused = assertProblem(() -> service.http().exchange(HttpRequest.GET(path),
            PROBLEM), 404, "not-found");
        return refused.getResponse().getBody(PROBLEM).orElseThrow();
    }

    /** The problem as any caller would compare it: without the path asked for and the request's own id. */
    private static Map<String, Object> withoutWhereAndWhen(Map<String, Object> problem) {
        Map<String, Object> comparable = new java.util.TreeMap<>(problem);
        comparable.remove("instance");
        comparable.remove("requestId");
        return comparable;
    }

    private static String officer(String tenant) {
        return InternalTokens.forUser("kaori", tenant, "COMPLIANCE_OFFICER");
    }
}
