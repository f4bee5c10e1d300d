package org.socialgov.policy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialgov.policy.web.PolicyRequests.AUDITOR;
import static org.socialgov.policy.web.PolicyRequests.CONTENT;
import static org.socialgov.policy.web.PolicyRequests.CREATION;
import static org.socialgov.policy.web.PolicyRequests.OFFICER;
import static org.socialgov.policy.web.PolicyRequests.post;
import static org.socialgov.policy.web.PolicyRequests.put;
import static org.socialgov.policy.web.PolicyRequests.staff;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The policy meets the roster and the official accounts: who is bound, who acknowledged, who must acknowledge again
 * after a new version, which rules bind a leaver, and what the public page shows.
 */
class PolicyComplianceHttpTest extends PolicyServiceHttpTestBase {

    @Test
    void givenRosterAndTwoVersions_whenStaffAcknowledge_thenTheReportFollowsVersionsAndRoster() {
        String policyId = (String) service.http().retrieve(post("/policies", CREATION, OFFICER), JSON)
            .get("policyId");
        publish(policyId, 1, "2012-08-01");
        LocalDate joined = LocalDate.now().minusYears(1);
        register("hanako", "Hanako Yamada", "OFFICER", joined);
        register("emi", "Emi Sato", "EMPLOYEE", joined);
        register("taro", "Taro Ito", "NON_REGULAR_EMPLOYEE", joined);
        register("ken", "Ken Mori", "EMPLOYEE", joined);
        service.http().retrieve(post("/staff/ken/departure", "{\"leftOn\":\"" + LocalDate.now() + "\"}", OFFICER),
            JSON);
        acknowledge(policyId, 1, "hanako");
        acknowledge(policyId, 1, "emi");

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> report(policyId, 1).get("formerStaff")
            .equals(1));
        Map<String, Object> first = report(policyId, 1);
        assertEquals(3, first.get("bound"));
        assertEquals(List.of("emi", "hanako"), people(first, "acknowledged"));
        assertEquals(List.of("taro"), people(first, "pending"));
        assertEquals(66.7, first.get("percentAcknowledged"));

        service.http().exchange(put("/policies/" + policyId + "/versions/2", CONTENT, OFFICER), JSON);
        publish(policyId, 2, LocalDate.now().toString());
        Map<String, Object> second = report(policyId, 2);
        assertEquals(List.of("emi", "hanako", "taro"), people(second, "pending"));
        assertEquals(0.0, second.get("percentAcknowledged"));

        Map<String, Object> leaver = service.http().retrieve(HttpRequest.GET("/policies/" + policyId
            + "/applicability?personId=ken").bearerAuth(AUDITOR), JSON);
        assertEquals("FORMER_EMPLOYEE", leaver.get("standing"));
        assertEquals(List.of(2), ((List<?>) leaver.get("guidelines")).stream()
            .map(rule -> ((Map<?, ?>) rule).get("number")).toList());
        assertProblem(() -> service.http().exchange(HttpRequest.GET("/policies/" + policyId
            + "/applicability?personId=ken").bearerAuth(staff("emi")), JSON), 403, "forbidden");
        assertProblem(() -> service.http().exchange(HttpRequest.GET("/policies/" + policyId
            + "/versions/1/compliance").bearerAuth(staff("emi")), JSON), 403, "forbidden");
    }

    @Test
    void givenOfficialAccount_whenThePublicReadsThePolicy_thenTheAccountIsListedWithoutAToken() {
        String officer = org.socialgov.testsupport.InternalTokens.forUser("kaori", "initech", "COMPLIANCE_OFFICER");
        String policyId = (String) service.http().retrieve(post("/policies", CREATION, officer), JSON)
            .get("policyId");
        service.http().retrieve(post("/policies/" + policyId + "/versions/1/publication",
            "{\"effectiveFrom\":\"2012-08-01\"}", officer), JSON);
        service.http().retrieve(post("/official-accounts", "{\"platform\":\"X\",\"handle\":\"@Initech\","
            + "\"url\":\"https://x.com/initech\",\"purpose\":\"News and support\",\"since\":\"2012-07-25\"}",
            officer), JSON);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !((List<?>) service.http()
            .retrieve(HttpRequest.GET("/public/initech/policy"), JSON).get("officialAccounts")).isEmpty());
        Map<?, ?> account = (Map<?, ?>) ((List<?>) service.http().retrieve(HttpRequest.GET("/public/initech/policy"),
            JSON).get("officialAccounts")).get(0);
        assertEquals("X", account.get("platform"));
        assertEquals("https://x.com/initech", account.get("url"));
    }

    private static void publish(String policyId, int versionNo, String effectiveFrom) {
        service.http().retrieve(post("/policies/" + policyId + "/versions/" + versionNo + "/publication",
            "{\"effectiveFrom\":\"" + effectiveFrom + "\"}", OFFICER), JSON);
    }

    private static void register(String personId, String name, String standing, LocalDate since) {
        service.http().retrieve(post("/staff", "{\"personId\":\"" + personId + "\",\"name\":\"" + name
            + "\",\"standing\":\"" + standing + "\",\"since\":\"" + since + "\"}", OFFICER), JSON);
    }

    private static void acknowledge(String policyId, int versionNo, String personId) {
        service.http().retrieve(post("/policies/" + policyId + "/versions/" + versionNo + "/acknowledgements",
            "{\"channel\":\"intranet\"}", staff(personId)), JSON);
    }

    private static Map<String, Object> report(String policyId, int versionNo) {
        return service.http().retrieve(HttpRequest.GET("/policies/" + policyId + "/versions/" + versionNo
            + "/compliance").bearerAuth(OFFICER), JSON);
    }

    private static List<Object> people(Map<String, Object> report, String key) {
        return ((List<?>) report.get(key)).stream().<Object>map(entry -> ((Map<?, ?>) entry).get("personId")).toList();
    }
}
