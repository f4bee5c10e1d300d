package org.socialgov.contract.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.contract.ContractFixtures;

/** An amendment proposed by the agency, accepted by the client, compared with the signed version. */
class ContractAmendmentHttpTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final String MANAGER = InternalTokens.forUser("alice", "acme", "CONTRACT_MANAGER");
    private static final String AGENCY = InternalTokens.forUser("agency-blue", "acme", "AGENCY");

    @TempDir
    static Path dataDir;
    private static ContractServiceRunner service;

    @BeforeAll
    static void start() {
        service = ContractServiceRunner.start(dataDir);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

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
    void givenAmendedTermsWithBlockingFindings_whenProposed_thenUnprocessable() {
        String id = activeContract();
        ContractsHttpTest.assertProblem(() -> service.http().exchange(post(id + "/amendments",
            "{\"party\":\"CLIENT\",\"effectiveFrom\":\"2027-07-01\",\"newTerms\":{}}", MANAGER), JSON), 422,
            "contract-not-signable");
    }

    private static String activeContract() {
        String id = (String) service.http().retrieve(post("", ContractFixtures.draftRequestJson(), MANAGER), JSON)
            .get("contractId");
        service.http().retrieve(post(id + "/signatures",
            "{\"party\":\"CLIENT\",\"signatoryName\":\"Hanako Yamada\",\"signatoryRole\":\"Head of Legal\"}", MANAGER),
            JSON);
        service.http().retrieve(post(id + "/signatures",
            "{\"party\":\"PROVIDER\",\"signatoryName\":\"Ken Blue\",\"signatoryRole\":\"CEO\"}", AGENCY), JSON);
        return id;
    }

    private static HttpRequest<String> post(String path, String body, String token) {
        return HttpRequest.POST("/contracts" + (path.isEmpty() ? "" : "/" + path), body)
            .contentType(MediaType.APPLICATION_JSON).bearerAuth(token);
    }
}
