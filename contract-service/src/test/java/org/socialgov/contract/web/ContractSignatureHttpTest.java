package org.socialgov.contract.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.Test;
import org.socialgov.testsupport.InternalTokens;

/** Signing by both parties through the real server: the client's manager, then the agency itself. */
class ContractSignatureHttpTest extends ContractServiceHttpTestBase {

    private static final String OTHER_AGENCY = InternalTokens.forUser("agency-red", "acme", "AGENCY");

    @Test
    void givenRecommendedDraft_whenBothPartiesSign_thenActiveFromTheStartOfItsTerm() {
        String id = createDraft();
        sign(id, MANAGER, "CLIENT", "Hanako Yamada", "Head of Legal");
        Map<String, Object> active = sign(id, AGENCY, "PROVIDER", "Ken Blue", "CEO");

        assertEquals("ACTIVE", active.get("status"));
        assertEquals("2027-01-01", active.get("activeFrom"));
        List<?> signatures = (List<?>) active.get("signatures");
        assertEquals(2, signatures.size());
        assertEquals("agency-blue", ((Map<?, ?>) signatures.get(1)).get("signedBy"));
    }

    @Test
    void givenDraft_whenAnAgencyThatIsNotTheProviderReadsOrSigns_thenItSeesNothing() {
        String id = createDraft();
        ContractsHttpTest.assertProblem(() -> service.http().exchange(
            HttpRequest.GET("/contracts/" + id).bearerAuth(OTHER_AGENCY), JSON), 404, "not-found");
        ContractsHttpTest.assertProblem(() -> service.http().exchange(signature(id, OTHER_AGENCY, "PROVIDER",
            "Rita Red", "CEO"), JSON), 404, "not-found");
    }

    @Test
    void givenAgency_whenSigningForTheClient_thenForbidden() {
        String id = createDraft();
        ContractsHttpTest.assertProblem(() -> service.http().exchange(signature(id, AGENCY, "CLIENT",
            "Ken Blue", "CEO"), JSON), 403, "forbidden");
    }

    @Test
    void givenDraftWithBlockingFindings_whenSigned_thenUnprocessableNamingThem() {
        String id = createDraft();
        service.http().exchange(HttpRequest.PUT("/contracts/" + id + "/terms", "{}")
            .contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER), JSON);

        var refused = ContractsHttpTest.assertProblem(() -> service.http().exchange(signature(id, MANAGER, "CLIENT",
            "Hanako Yamada", "Head of Legal"), JSON), 422, "contract-not-signable");
        assertTrue(refused.getResponse().getBody(String.class).orElseThrow()
            .contains("SCOPE_MISSING, FEES_MISSING, TERM_MISSING"));
        List<?> errors = (List<?>) refused.getResponse().getBody(JSON).orElseThrow().get("errors");
        assertEquals(List.of("SCOPE_MISSING", "FEES_MISSING", "TERM_MISSING"), errors.stream()
            .map(error -> ((Map<?, ?>) error).get("code")).toList());
    }

    private static Map<String, Object> sign(String id, String token, String party, String name, String role) {
        return service.http().retrieve(signature(id, token, party, name, role), JSON);
    }

    private static HttpRequest<String> signature(String id, String token, String party, String name, String role) {
        return HttpRequest.POST("/contracts/" + id + "/signatures", "{\"party\":\"" + party + "\",\"signatoryName\":\""
                + name + "\",\"signatoryRole\":\"" + role + "\"}")
            .contentType(MediaType.APPLICATION_JSON).bearerAuth(token);
    }
}
