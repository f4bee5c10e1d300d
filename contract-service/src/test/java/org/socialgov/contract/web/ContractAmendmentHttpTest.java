package org.socialgov.contract.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;

/** An amendment proposed by the agency, accepted by the client, compared with the signed version. */
class ContractAmendmentHttpTest extends ContractServiceHttpTestBase {

    @Test
    void givenActiveContract_whenAgencyProposesAndClientAccepts_thenVersionTwoAndTheDifferenceIsShown() {
        String id = activeContract();
        String sixMonthsCap = ContractFixtures.recommendedTermsJson()
            .replace("\"damages\":{\"cap\":\"MONTHS_OF_FEES\",\"months\":3}",
                "\"damages\":{\"cap\":\"MONTHS_OF_FEES\",\"months\":6}");
        Map<String, Object> proposed = service.http().retrieve(post(id + "/amendments",
            "{\"party\":\"PROVIDER\",\"effectiveFrom\":\"2027-07-01\",\"newTerms\":" + sixMonthsCap + "}", AGENCY), JSON);
        assertEquals(1, ((Map<?, ?>) proposed.get("openAmendment")).get("amendmentNo"));

        ContractsHttpTest.assertProblem(() -> service.http().exchange(post(id + "/amendments/1/decision",
            "{\"party\":\"PROVIDER\",\"decision\":\"ACCEPT\"}", AGENCY), JSON), 409, "contract-state-conflict");
        Map<String, Object> accepted = service.http().retrieve(post(id + "/amendments/1/decision",
            "{\"party\":\"CLIENT\",\"decision\":\"ACCEPT\"}", MANAGER), JSON);

        assertEquals(List.of(Map.of("versionNo", 1, "effectiveFrom", "2027-01-01"),
            Map.of("versionNo", 2, "effectiveFrom", "2027-07-01")), accepted.get("versions"));
        Map<String, Object> comparison = service.http().retrieve(HttpRequest.GET("/contracts/" + id
            + "/versions/compare?from=1&to=2").bearerAuth(MANAGER), JSON);
        assertEquals(List.of(Map.of("element", "DAMAGES",
            "before", Map.of("cap", "MONTHS_OF_FEES", "months", 3),
            "after", Map.of("cap", "MONTHS_OF_FEES", "months", 6))), comparison.get("changes"));
    }

    @Test
    void givenTwoVersions_whenComparedFromTheLaterToTheEarlier_thenRefusedNamingTheParameters() {
        String id = activeContract();
        service.http().retrieve(post(id + "/amendments", "{\"party\":\"PROVIDER\",\"effectiveFrom\":\"2027-07-01\","
            + "\"newTerms\":" + ContractFixtures.recommendedTermsJson() + "}", AGENCY), JSON);
        service.http().retrieve(post(id + "/amendments/1/decision", "{\"party\":\"CLIENT\",\"decision\":\"ACCEPT\"}",
            MANAGER), JSON);

        var refused = ContractsHttpTest.assertProblem(() -> service.http().exchange(HttpRequest.GET("/contracts/"
            + id + "/versions/compare?from=2&to=1").bearerAuth(MANAGER), JSON), 400, "invalid-request");
        assertEquals("from (2) must not be after to (1)",
            refused.getResponse().getBody(JSON).orElseThrow().get("detail"));
    }

    @Test
    void givenAmendedTermsWithBlockingFindings_whenProposed_thenUnprocessable() {
        String id = activeContract();
        ContractsHttpTest.assertProblem(() -> service.http().exchange(post(id + "/amendments",
            "{\"party\":\"CLIENT\",\"effectiveFrom\":\"2027-07-01\",\"newTerms\":{}}", MANAGER), JSON), 422,
            "contract-not-signable");
    }
}
