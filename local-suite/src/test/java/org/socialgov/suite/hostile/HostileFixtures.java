package org.socialgov.suite.hostile;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.socialgov.suite.RunningSuite;

/**
 * Acme's objects the generated requests aim at: a contract draft, a policy, an official account, a staff member
 * and an incident, and values for the other path and query parameters that name something that exists.
 */
final class HostileFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String TENANT = "acme";

    private HostileFixtures() {
    }

    static Map<String, String> create(RunningSuite running) throws Exception {
        String manager = running.token("alice", TENANT, "CONTRACT_MANAGER");
        String officer = running.token("olivia", TENANT, "COMPLIANCE_OFFICER");
        Map<String, String> known = new HashMap<>();
        known.put("contractId", created(running, "/api/contracts", manager, """
            {"title":"Social media operations 2027",
             "provider":{"providerId":"agency-blue","name":"Blue Sky Digital Ltd","kind":"AGENCY"},
             "terms":{"scope":{"platforms":["X","INSTAGRAM"],"postsPerMonth":12},
                      "fees":{"baseMonthlyFee":{"currency":"EUR","amount":"2500.00"}},
                      "term":{"start":"2027-01-01","end":"2027-12-31"}}}""", "contractId"));
        known.put("policyId", created(running, "/api/policies", officer, """
            {"title":"Social media policy","enactedOn":"2012-07-25","reviewIntervalMonths":12,
             "draft":{"purposes":["To make the company known"],"officialStatementNote":"Statements are on our site.",
              "questionsHandling":"We answer where we can.","personalUseWelcome":true,
              "guidelines":[{"number":1,"title":"Keep clients' secrets","text":"Never post them.",
               "category":"CLIENT_CONFIDENTIALITY","survivesDeparture":true}]}}""", "policyId"));
        known.put("accountId", created(running, "/api/official-accounts", officer, """
            {"platform":"X","handle":"@AcmeHelp","url":"https://x.com/AcmeHelp","purpose":"Support"}""",
            "accountId"));
        known.put("personId", created(running, "/api/staff", officer, """
            {"personId":"hanako","name":"Hanako","standing":"EMPLOYEE","since":"2020-04-01"}""", "personId"));
        known.put("incidentId", created(running, "/api/incidents", running.token("eve", TENANT, "EMPLOYEE"), """
            {"platform":"X","postUrl":"https://x.com/someone/status/77","authorHandle":"@someone",
             "postedAt":"2026-05-04T08:00:00Z","seenAt":"2026-05-04T09:00:00Z","excerpt":"Acme is late again",
             "evidence":{"sha256":"%s","location":"dms://1.png"},"sentiment":"NEGATIVE","category":"COMPLAINT",
             "reach":{"followers":10,"reposts":0,"replies":0}}""".formatted("ab".repeat(32)), "incidentId"));
        known.putAll(Map.of("versionNo", "1", "amendmentNo", "1", "subcontractorId", "sub-1", "tenant", TENANT,
            "from", "1", "to", "1", "platform", "X", "handle", "@AcmeHelp", "standing", "EMPLOYEE"));
        return known;
    }

    private static String created(RunningSuite running, String path, String token, String json, String idField)
        throws Exception {
        HttpResponse<String> response = running.call("POST", path, token, json);
        if (response.statusCode() != 201) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).get(idField).asText();
    }
}
