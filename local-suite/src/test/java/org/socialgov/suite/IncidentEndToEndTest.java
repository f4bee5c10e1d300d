package org.socialgov.suite;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.client.contract.model.ContractStatus;

/**
 * An incident's life through the gateway, with contract-service, policy-service and incident-service as their own
 * processes on one store: an agency under an active monitoring contract reports a negative post, a second report of
 * the same post is a sighting, a compliance officer handles it to closure through a registered official account,
 * agencies see only their own reports, and once its contract is terminated the agency can report no more. The
 * contracts and the official account are recorded by their own services; incident-service learns them by following
 * those services' records, and keeps serving from what it learnt while contract-service is down.
 */
class IncidentEndToEndTest {

    private static final SpecConformance INCIDENT_SPEC = SpecConformance.of("incident-service.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORT = """
        {"platform":"X","postUrl":"https://x.com/Angry_Customer/status/%s","authorHandle":"%s",
         "postedAt":"2026-05-04T08:00:00Z","seenAt":"2026-05-04T09:00:00Z",
         "excerpt":"Third week without an answer from Acme support",
         "evidence":{"sha256":"%s","location":"dms://captures/4242.png"},
         "sentiment":"NEGATIVE","category":"COMPLAINT","reach":{"followers":5000,"reposts":80,"replies":40}}""";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @TempDir
    static Path dataDir;
    private static RunningSuite running;

    @BeforeAll
    static void startSuite() {
        running = RunningSuite.start(dataDir, SuiteApplication.CONTRACT_SERVICE, SuiteApplication.POLICY_SERVICE,
            SuiteApplication.INCIDENT_SERVICE);
    }

    @AfterAll
    static void stopSuite() {
        running.close();
    }

    @Test
    void givenAgencyUnderMonitoringContract_whenItReportsAndTheIncidentIsHandled_thenClosedThroughAnOfficialAccount()
        throws Exception {
        String officer = running.token("olivia", "acme", "COMPLIANCE_OFFICER");
        String manager = running.token("alice", "acme", "CONTRACT_MANAGER");
        String blue = running.token("agency-blue", "acme", "AGENCY");
        String green = running.token("agency-green", "acme", "AGENCY");
        String eve = running.token("eve", "acme", "EMPLOYEE");
        running.call("POST", "/api/official-accounts", officer, """
            {"platform":"X","handle":"@AcmeHelp","url":"https://x.com/AcmeHelp",
             "purpose":"Answers to customers","since":"2020-01-01"}""");
        String blueContract = monitoringContractInForce(manager, "agency-blue", blue, TODAY.plusDays(335), "");
        // Green's renews itself unless cancelled within 30 days: contract-service's deadline watch, which runs as the
        // service starts, reminds of both deadlines, events incident-service follows past (blue's end comes later).
        String greenContract = monitoringContractInForce(manager, "agency-green", green, TODAY.plusDays(60),
            ",\"autoRenewal\":{\"renewalMonths\":12,\"noticeDays\":30}");
        await().atMost(Duration.ofSeconds(60)).until(() -> running.call("GET", "/api/contracts?status=ACTIVE",
            manager, null).body().contains(greenContract));
        running.suite.kill(SuiteApplication.CONTRACT_SERVICE);
        running.suite.restart(SuiteApplication.CONTRACT_SERVICE);
        await().atMost(Duration.ofSeconds(60)).until(() -> running.call("GET", "/api/contracts/" + greenContract
            + "/history", manager, null).body().contains("CancelByDateApproachingEvent"));

        String incidentId = JSON.readTree(checked("POST", "/api/incidents", blue, report("4242", "@Angry_Customer"),
            201)).get("incidentId").asText();
        JsonNode sighting = JSON.readTree(checked("POST", "/api/incidents", running.token("bob", "acme", "EMPLOYEE"),
            report("4242", "@Angry_Customer").replace("https://x.com/Angry_Customer/status/4242",
                "https://twitter.com/angry_customer/status/4242?s=20"), 200));
        assertEquals(incidentId, sighting.get("duplicateOf").asText());
        checked("POST", "/api/incidents", running.token("agency-red", "acme", "AGENCY"), report("4343", "@someone"),
            403);

        String path = "/api/incidents/" + incidentId;
        assertEquals("REPORTED", JSON.readTree(checked("GET", path + "?version=0", officer, null, 200)).get("status")
            .asText(), "the incident as first reported, rebuilt by the service's own aggregate");
        assertEquals(blueContract, JSON.readTree(checked("GET", path, officer, null, 200)).get("contractId").asText());
        checked("POST", path + "/triage", officer, "{\"severity\":\"P2\",\"severityReason\":\"A journalist replied\","
            + "\"assignee\":\"olivia\"}", 200);
        checked("POST", path + "/escalations", officer, "{\"to\":\"PR\",\"reason\":\"Press interest\"}", 200);
        checked("POST", path + "/response-decision", eve, "{\"noResponseReason\":\"I would rather reply\"}", 403);
        checked("POST", path + "/response-decision", officer, response("@AcmeSupport"), 422);
        String byAddress = "https://x.com/AcmeHelp";
        HttpResponse<String> lookup = running.call("GET", "/api/official-accounts/lookup?platform=X&handle="
            + URLEncoder.encode(byAddress, StandardCharsets.UTF_8), officer, null);
        assertEquals(200, lookup.statusCode(), lookup.body());
        assertTrue(JSON.readTree(lookup.body()).get("official").asBoolean(), "the lookup knows it by its address");
        String elsewhere = checked("POST", path + "/response-decision", officer, response(byAddress)
            .replace("x.com/AcmeHelp/status/99", "x.com/Someone_Else/status/99"), 422);
        assertTrue(elsewhere.contains("incident-response-link-not-of-account"), elsewhere);
        JsonNode decided = JSON.readTree(checked("POST", path + "/response-decision", officer, response(byAddress),
            200));
        assertEquals("RESPONSE_DECIDED", decided.get("status").asText());
        checked("POST", path + "/resolution", officer, "{\"summary\":\"The customer thanked us\"}", 200);
        JsonNode closed = JSON.readTree(checked("POST", path + "/closure", officer, "{\"note\":\"Done\"}", 200));
        assertEquals("CLOSED", closed.get("status").asText());

        HttpResponse<String> export = running.call("GET", "/api/audit/incidents/events",
            running.token("ann", "acme", "AUDITOR"), null);
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.body().contains(incidentId) && !export.body().toLowerCase().contains("angry_customer"),
            "the export through the gateway shows no author: " + export.body());

        JsonNode asReported = JSON.readTree(checked("GET", path, blue, null, 200));
        assertEquals("@Angry_Customer", asReported.get("authorHandle").asText(), "the reporter reads it as written");
        assertEquals("CLOSED", asReported.get("status").asText());
        String greenIncident = JSON.readTree(checked("POST", "/api/incidents", green, report("4444", "@Someone_Else"),
            201)).get("incidentId").asText();
        checked("GET", "/api/incidents/" + greenIncident, blue, null, 404);
        assertEquals(List.of(incidentId), ids(checked("GET", "/api/incidents", blue, null, 200)));
        assertEquals(List.of(greenIncident), ids(checked("GET", "/api/incidents", green, null, 200)));
        checked("GET", path, running.token("frank", "acme", "EMPLOYEE"), null, 404);
        checked("GET", path, running.token("olga", "globex", "COMPLIANCE_OFFICER"), null, 404);

        String lookalike = JSON.readTree(checked("POST", "/api/incidents", eve, report("4545", "@AcmeHe1p"), 201))
            .get("incidentId").asText();
        JsonNode impersonation = JSON.readTree(checked("GET", "/api/incidents/" + lookalike, officer, null, 200));
        assertEquals("@AcmeHelp", impersonation.get("possibleImpersonation").get("handle").asText());

        HttpResponse<String> terminated = running.call("POST", "/api/contracts/" + blueContract + "/termination",
            manager, "{\"party\":\"CLIENT\",\"ground\":\"MUTUAL_AGREEMENT\",\"explanation\":\"Agency replaced\"}");
        assertEquals(200, terminated.statusCode(), terminated.body());
        String refused = checked("POST", "/api/incidents", blue, report("4646", "@Angry_Customer"), 403);
        assertTrue(refused.contains("is no longer in force since " + TODAY), refused);

        running.suite.kill(SuiteApplication.CONTRACT_SERVICE);
        assertEquals(503, running.call("GET", "/api/contracts", manager, null).statusCode());
        checked("POST", "/api/incidents", green, report("4747", "@Angry_Customer"), 201);
    }

    /** A contract drafted by the company's manager, with mention monitoring in scope, signed by both, in force. */
    private static String monitoringContractInForce(String manager, String agency, String agencyToken,
                                                    LocalDate end, String renewal) throws Exception {
        HttpResponse<String> created = running.call("POST", "/api/contracts", manager, """
            {"title":"Monitoring and reporting","provider":{"providerId":"%s","name":"%s Ltd","kind":"AGENCY"},
             "terms":{"scope":{"platforms":["X"],"tasks":["MENTION_MONITORING_AND_REPORTING"],"postsPerMonth":4},
                      "fees":{"baseMonthlyFee":{"currency":"EUR","amount":"900.00"}},
                      "term":{"start":"%s","end":"%s"%s},"damages":{"cap":"UNCAPPED"}}}"""
            .formatted(agency, agency, TODAY.minusDays(30), end, renewal));
        assertEquals(201, created.statusCode(), created.body());
        String contractId = JSON.readTree(created.body()).get("contractId").asText();
        assertEquals(ContractStatus.ACTIVE, ActiveContracts.signByBothParties(running, contractId, manager,
            agencyToken).getStatus());
        return contractId;
    }

    private static String report(String status, String author) {
        return REPORT.formatted(status, author, "ab".repeat(32));
    }

    private static String response(String handle) {
        return "{\"response\":{\"channel\":\"OFFICIAL_ACCOUNT\",\"platform\":\"X\",\"handle\":\"" + handle + "\","
            + "\"text\":\"We are sorry; our support team has contacted you.\","
            + "\"link\":\"https://x.com/AcmeHelp/status/99\"}}";
    }

    private static List<String> ids(String list) throws Exception {
        List<String> ids = new ArrayList<>();
        JSON.readTree(list).get("items").forEach(item -> ids.add(item.get("incidentId").asText()));
        return ids;
    }

    /** Calls through the gateway, checks the status and that the answer conforms to the spec, returns the body. */
    private static String checked(String method, String path, String token, String json, int status) {
        HttpResponse<String> response = running.call(method, path, token, json);
        assertEquals(status, response.statusCode(), method + " " + path + ": " + response.body());
        INCIDENT_SPEC.assertConforms(Request.Method.valueOf(method), URI.create(path).getPath(), response);
        if (status >= 400) {
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        }
        return response.body();
    }
}
