package org.socialgov.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy's life through the gateway, with the policy-service as its own process: version 1 is published and
 * public without a token, staff acknowledge it, version 2 is published and everyone is pending again, and a former
 * employee is bound only by the rules that survive departure.
 */
class PolicyEndToEndTest {

    private static final SpecConformance POLICY_SPEC = SpecConformance.of("policy-service.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String CONTENT = """
        {"purposes":["To make the company and its services known"],
         "officialStatementNote":"Official statements are made on our website and in press releases.",
         "questionsHandling":"We answer where we can.","personalUseWelcome":true,
         "guidelines":[
          {"number":1,"title":"Keep clients' secrets","text":"Never post clients' confidential information.",
           "category":"CLIENT_CONFIDENTIALITY","survivesDeparture":true},
          {"number":2,"title":"Say the views are your own","text":"State that the views are your own.",
           "category":"DISCLAIMER","survivesDeparture":false},
          {"number":3,"title":"Report, do not rebut","text":"Report significant mentions first.",
           "category":"REPORTING","survivesDeparture":false}]}""";

    @TempDir
    static Path dataDir;
    private static RunningSuite running;

    @BeforeAll
    static void startSuite() {
        running = RunningSuite.start(dataDir, SuiteApplication.POLICY_SERVICE);
    }

    @AfterAll
    static void stopSuite() {
        running.close();
    }

    @Test
    void givenPublishedPolicy_whenStaffAcknowledgeAndANewVersionIsPublished_thenEveryoneIsPendingAgain()
        throws Exception {
        String officer = running.token("kaori", "acme", "COMPLIANCE_OFFICER");
        String created = checked("POST", "/api/policies", officer, "{\"title\":\"Social media policy\","
            + "\"enactedOn\":\"2012-07-25\",\"reviewIntervalMonths\":12,\"draft\":" + CONTENT + "}", 201);
        String policy = "/api/policies/" + JSON.readTree(created).get("policyId").asText();
        checked("POST", policy + "/versions/1/publication", officer, "{\"effectiveFrom\":\"2012-08-01\"}", 200);

        JsonNode page = JSON.readTree(checked("GET", "/api/public/acme/policy", null, null, 200));
        assertEquals(1, page.get("versionNo").asInt());
        assertEquals(3, page.get("guidelines").size());

        LocalDate joined = LocalDate.now().minusYears(2);
        for (String[] person : List.of(new String[] {"hanako", "OFFICER"}, new String[] {"emi", "EMPLOYEE"},
            new String[] {"ken", "EMPLOYEE"})) {
            checked("POST", "/api/staff", officer, "{\"personId\":\"" + person[0] + "\",\"name\":\"" + person[0]
                + "\",\"standing\":\"" + person[1] + "\",\"since\":\"" + joined + "\"}", 201);
        }
        checked("POST", "/api/staff/ken/departure", officer, "{\"leftOn\":\"" + LocalDate.now() + "\"}", 200);
        for (String person : List.of("hanako", "emi")) {
            checked("POST", policy + "/versions/1/acknowledgements", running.token(person, "acme", "EMPLOYEE"),
                "{\"channel\":\"intranet\"}", 200);
        }
        JsonNode first = awaitReport(policy + "/versions/1/compliance", officer, 2);
        assertEquals(100.0, first.get("percentAcknowledged").asDouble());
        assertEquals(1, first.get("formerStaff").asInt());

        checked("PUT", policy + "/versions/2", officer, CONTENT.replace("where we can.", "where we can, soon."), 200);
        checked("POST", policy + "/versions/2/publication", officer, "{\"effectiveFrom\":\"" + LocalDate.now()
            + "\"}", 200);
        JsonNode second = JSON.readTree(checked("GET", policy + "/versions/2/compliance", officer, null, 200));
        assertEquals(List.of("emi", "hanako"), names(second.get("pending")));
        assertEquals(0.0, second.get("percentAcknowledged").asDouble());

        JsonNode leaver = JSON.readTree(checked("GET", policy + "/applicability?personId=ken", officer, null, 200));
        assertEquals("FORMER_EMPLOYEE", leaver.get("standing").asText());
        assertEquals(1, leaver.get("guidelines").size());
        assertEquals(1, leaver.get("guidelines").get(0).get("number").asInt());

        HttpResponse<String> current = running.call("GET", "/api/public/acme/policy", null, null);
        assertEquals(2, JSON.readTree(current.body()).get("versionNo").asInt());
        String etag = current.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, running.call("GET", "/api/public/acme/policy", null, null, "If-None-Match", etag)
            .statusCode());

        checked("PUT", policy + "/versions/1", officer, CONTENT, 409);
        checked("POST", policy + "/versions/2/acknowledgements", running.token("mallory", "globex", "EMPLOYEE"),
            "{}", 404);
        checked("POST", policy + "/versions/2/publication", running.token("emi", "acme", "EMPLOYEE"),
            "{\"effectiveFrom\":\"2030-01-01\"}", 403);
    }

    private static JsonNode awaitReport(String path, String token, int acknowledged) throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
            JsonNode report = JSON.readTree(checked("GET", path, token, null, 200));
            return report.get("acknowledged").size() >= acknowledged && report.get("formerStaff").asInt() >= 1;
        });
        return JSON.readTree(checked("GET", path, token, null, 200));
    }

    private static List<String> names(JsonNode entries) {
        return java.util.stream.StreamSupport.stream(entries.spliterator(), false)
            .map(entry -> entry.get("personId").asText()).sorted().toList();
    }

    /** Calls through the gateway, checks the status and that the answer conforms to the spec, returns the body. */
    private static String checked(String method, String path, String token, String json, int status) {
        HttpResponse<String> response = running.call(method, path, token, json);
        assertEquals(status, response.statusCode(), method + " " + path + ": " + response.body());
        POLICY_SPEC.assertConforms(Request.Method.valueOf(method), URI.create(path).getPath(), response);
        if (status >= 400) {
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        }
        return response.body();
    }
}
