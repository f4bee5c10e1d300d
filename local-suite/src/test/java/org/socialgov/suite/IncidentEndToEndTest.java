package org.socialgov.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incident's life through the gateway, with incident-service as its own process: an employee reports a negative
 * post, a second report of the same post is a sighting, a compliance officer handles it to closure through an
 * official account, and another employee never sees it. (Agency reports, which need the contracts, come next.)
 */
class IncidentEndToEndTest {

    private static final SpecConformance INCIDENT_SPEC = SpecConformance.of("incident-service.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORT = """
        {"platform":"X","postUrl":"https://x.com/Angry_Customer/status/4242","authorHandle":"@Angry_Customer",
         "postedAt":"2026-05-04T08:00:00Z","seenAt":"2026-05-04T09:00:00Z",
         "excerpt":"Third week without an answer from Acme support",
         "evidence":{"sha256":"%s","location":"dms://captures/4242.png"},
         "sentiment":"NEGATIVE","category":"COMPLAINT","reach":{"followers":5000,"reposts":80,"replies":40}}""";

    @TempDir
    static Path dataDir;
    private static RunningSuite running;

    @BeforeAll
    static void startSuite() {
        running = RunningSuite.start(dataDir, SuiteApplication.INCIDENT_SERVICE);
    }

    @AfterAll
    static void stopSuite() {
        running.close();
    }

    @Test
    void givenNegativePost_whenReportedTwiceAndHandled_thenOneIncidentWithASightingClosedWithAnOfficialResponse()
        throws Exception {
        String eve = running.token("eve", "acme", "EMPLOYEE");
        String officer = running.token("olivia", "acme", "COMPLIANCE_OFFICER");
        String report = REPORT.formatted("ab".repeat(32));

        String incidentId = JSON.readTree(checked("POST", "/api/incidents", eve, report, 201)).get("incidentId")
            .asText();
        JsonNode sighting = JSON.readTree(checked("POST", "/api/incidents",
            running.token("bob", "acme", "EMPLOYEE"), report.replace("https://x.com/Angry_Customer/status/4242",
                "https://twitter.com/angry_customer/status/4242?s=20"), 200));
        assertEquals(incidentId, sighting.get("duplicateOf").asText());

        String path = "/api/incidents/" + incidentId;
        checked("POST", path + "/triage", officer, "{\"severity\":\"P2\",\"severityReason\":\"A journalist replied\","
            + "\"assignee\":\"olivia\"}", 200);
        checked("POST", path + "/escalations", officer, "{\"to\":\"PR\",\"reason\":\"Press interest\"}", 200);
        checked("POST", path + "/response-decision", eve, "{\"noResponseReason\":\"I would rather reply\"}", 403);
        JsonNode decided = JSON.readTree(checked("POST", path + "/response-decision", officer,
            "{\"response\":{\"channel\":\"OFFICIAL_ACCOUNT\",\"platform\":\"X\",\"handle\":\"@AcmeHelp\","
                + "\"text\":\"We are sorry; our support team has contacted you.\","
                + "\"link\":\"https://x.com/AcmeHelp/status/99\"}}", 200));
        assertEquals("RESPONSE_DECIDED", decided.get("status").asText());
        checked("POST", path + "/resolution", officer, "{\"summary\":\"The customer thanked us\"}", 200);
        JsonNode closed = JSON.readTree(checked("POST", path + "/closure", officer, "{\"note\":\"Done\"}", 200));
        assertEquals("CLOSED", closed.get("status").asText());

        JsonNode asReported = JSON.readTree(checked("GET", path, eve, null, 200));
        assertEquals("@Angry_Customer", asReported.get("authorHandle").asText(), "the reporter reads it as written");
        assertEquals("CLOSED", asReported.get("status").asText());
        checked("GET", path, running.token("frank", "acme", "EMPLOYEE"), null, 404);
        checked("GET", path, running.token("olga", "globex", "COMPLIANCE_OFFICER"), null, 404);
        checked("POST", "/api/incidents", running.token("blue-sky", "acme", "AGENCY"), report, 403);
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
