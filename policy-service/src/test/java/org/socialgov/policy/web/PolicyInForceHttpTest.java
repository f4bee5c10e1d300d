package org.socialgov.policy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.socialgov.policy.web.PolicyRequests.CREATION;
import static org.socialgov.policy.web.PolicyRequests.OFFICER;
import static org.socialgov.policy.web.PolicyRequests.post;
import static org.socialgov.policy.web.PolicyRequests.staff;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialgov.testsupport.InternalTokens;

/**
 * Staff find the policy they must acknowledge, and only the people the roster holds on staff read and acknowledge
 * it: someone it does not know, or who has left, is refused and counted nowhere; another company's staff see
 * nothing of this one.
 */
class PolicyInForceHttpTest extends PolicyServiceHttpTestBase {

    private static String policyId;

    @BeforeAll
    static void publishThePolicyAndRegisterTheStaff() {
        policyId = (String) service.http().retrieve(post("/policies", CREATION, OFFICER), JSON).get("policyId");
        service.http().retrieve(post("/policies/" + policyId + "/versions/1/publication",
            "{\"effectiveFrom\":\"2012-08-01\"}", OFFICER), JSON);
        register("example", "emi", "EMPLOYEE");
        register("example", "hanako", "OFFICER");
        register("example", "kaori", "EMPLOYEE");
        register("example", "ken", "EMPLOYEE");
        service.http().retrieve(post("/staff/ken/departure", "{\"leftOn\":\"" + LocalDate.now() + "\"}", OFFICER),
            JSON);
    }

    @Test
    void givenStaff_whenTheyReadThePolicyInForceAndAcknowledgeIt_thenTheySeeItsIdAndOnlyTheirOwnAcknowledgements() {
        Map<String, Object> before = inForce(staff("emi"));
        assertEquals(policyId, before.get("policyId"));
        assertEquals(1, ((Map<?, ?>) before.get("version")).get("versionNo"));
        assertEquals("EMPLOYEE", before.get("standing"));
        assertEquals(false, before.get("acknowledged"));
        assertEquals(List.of(), before.get("acknowledgements"));

        acknowledge(staff("hanako"));
        acknowledge(staff("emi"));

        Map<String, Object> after = inForce(staff("emi"));
        assertEquals(true, after.get("acknowledged"));
        List<?> own = (List<?>) after.get("acknowledgements");
        assertEquals(1, own.size());
        assertEquals(1, ((Map<?, ?>) own.get(0)).get("versionNo"));
        assertEquals("intranet", ((Map<?, ?>) own.get(0)).get("channel"));
        assertFalse(after.toString().contains("hanako"), after.toString());
        assertEquals("kaori", inForce(OFFICER).get("personId"));
    }

    @Test
    void givenSomeoneNotOnTheRosterOrWhoLeft_whenTheyReadOrAcknowledge_thenRefusedAndCountedNowhere() {
        for (String token : List.of(staff("stranger"), staff("ken"),
            InternalTokens.forUser("olga", "example", "COMPLIANCE_OFFICER"))) {
            assertProblem(() -> service.http().exchange(HttpRequest.GET("/policies/in-force").bearerAuth(token),
                JSON), 403, "not-on-staff");
            assertProblem(() -> service.http().exchange(post("/policies/" + policyId
                + "/versions/1/acknowledgements", "{}", token), JSON), 403, "not-on-staff");
        }

        String history = service.http().retrieve(HttpRequest.GET("/policies/" + policyId + "/history")
            .bearerAuth(OFFICER), String.class);
        assertFalse(history.contains("stranger") || history.contains("\"ken\"") || history.contains("olga"),
            history);
        assertProblem(() -> service.http().exchange(HttpRequest.GET("/policies/in-force")
            .bearerAuth(PolicyRequests.AUDITOR), JSON), 403, "forbidden");
    }

    @Test
    void givenAnotherCompanysStaff_whenTheyReadThePolicyInForce_thenNothingOfThisCompany() {
        register("globex", "gina", "EMPLOYEE");

        var onGlobexRoster = assertProblem(() -> service.http().exchange(HttpRequest.GET("/policies/in-force")
            .bearerAuth(InternalTokens.forUser("gina", "globex", "EMPLOYEE")), JSON), 404, "not-found");
        var notOnGlobexRoster = assertProblem(() -> service.http().exchange(HttpRequest.GET("/policies/in-force")
            .bearerAuth(InternalTokens.forUser("emi", "globex", "EMPLOYEE")), JSON), 403, "not-on-staff");

        for (var refused : List.of(onGlobexRoster, notOnGlobexRoster)) {
            String body = refused.getResponse().getBody(String.class).orElseThrow();
            assertFalse(body.contains(policyId) || body.contains("example") || body.contains("Social media policy"),
                body);
        }
    }

    private static Map<String, Object> inForce(String token) {
        return service.http().retrieve(HttpRequest.GET("/policies/in-force").bearerAuth(token), JSON);
    }

    private static void acknowledge(String token) {
        service.http().retrieve(post("/policies/" + policyId + "/versions/1/acknowledgements",
            "{\"channel\":\"intranet\"}", token), JSON);
    }

    private static void register(String tenant, String personId, String standing) {
        service.http().retrieve(post("/staff", "{\"personId\":\"" + personId + "\",\"name\":\"" + personId
            + "\",\"standing\":\"" + standing + "\",\"since\":\"2020-04-01\"}",
            InternalTokens.forUser("kaori", tenant, "COMPLIANCE_OFFICER")), JSON);
    }
}
