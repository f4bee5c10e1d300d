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

/** Assignment and early termination of an active contract, through the real server. */
class ContractEndingHttpTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final String MANAGER = InternalTokens.forUser("alice", "acme", "CONTRACT_MANAGER");
    private static final String AGENCY = InternalTokens.forUser("agency-blue", "acme", "AGENCY");
    private static final String GREEN_LEAF = "{\"companyId\":\"agency-green\",\"name\":\"Green Leaf Media\"}";

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
    void givenAssignmentProhibited_whenAgencyAssignsWithoutConsent_thenConflictAndTheAttemptIsOnTheRecord() {
        String id = activeContract();
        ContractsHttpTest.assertProblem(() -> service.http().exchange(post(id + "/assignments",
            "{\"party\":\"PROVIDER\",\"assignee\":" + GREEN_LEAF + "}", AGENCY), JSON), 409, "assignment-prohibited");

        List<?> events = (List<?>) service.http().retrieve(HttpRequest.GET("/contracts/" + id + "/history")
            .bearerAuth(MANAGER), JSON).get("events");
        Map<?, ?> refused = (Map<?, ?>) events.get(events.size() - 1);
        assertEquals("AssignmentRefusedEvent", refused.get("eventType"));
        assertEquals("agency-blue", refused.get("actor"));
        assertEquals("agency-blue", ((Map<?, ?>) refused.get("payload")).get("requestedBy"));
        assertEquals(Map.of("companyId", "agency-green", "name", "Green Leaf Media"),
            ((Map<?, ?>) refused.get("payload")).get("assignee"));
    }

    @Test
    void givenWrittenConsent_whenAgencyAssigns_thenTheProviderChanges() {
        String id = activeContract();
        Map<String, Object> assigned = service.http().retrieve(post(id + "/assignments",
            "{\"party\":\"PROVIDER\",\"assignee\":" + GREEN_LEAF + ",\"consent\":{\"reference\":\"ACME-LEGAL-14\","
                + "\"date\":\"2027-02-20\",\"signatory\":\"Hanako Yamada\"}}", AGENCY), JSON);
        assertEquals("agency-green", ((Map<?, ?>) assigned.get("provider")).get("providerId"));
    }

    @Test
    void givenActiveContract_whenTerminatedUnderTheAntiSocialForcesClause_thenAtOnceWithSurvivingDuties() {
        String id = activeContract();
        Map<String, Object> terminated = service.http().retrieve(post(id + "/termination",
            "{\"party\":\"CLIENT\",\"ground\":\"ANTI_SOCIAL_FORCES\",\"explanation\":\"Linked to organised crime\"}",
            MANAGER), JSON);

        assertEquals("TERMINATED", terminated.get("status"));
        Map<?, ?> termination = (Map<?, ?>) terminated.get("termination");
        assertEquals("ANTI_SOCIAL_FORCES", termination.get("ground"));
        List<?> duties = (List<?>) termination.get("survivingDuties");
        assertEquals(2, duties.size());
        assertEquals("PERSONAL_DATA", ((Map<?, ?>) duties.get(1)).get("duty"));

        ContractsHttpTest.assertProblem(() -> service.http().exchange(post(id + "/termination",
            "{\"party\":\"CLIENT\",\"ground\":\"NOTICE\",\"explanation\":\"again\"}", MANAGER), JSON), 409,
            "contract-state-conflict");
    }

    @Test
    void givenConsentRequiredByTheClause_whenAgencyTakesOnASubcontractor_thenOnlyAfterTheClientsConsent() {
        String id = activeContract();
        String pixel = "{\"subcontractor\":{\"companyId\":\"pixel-studio\",\"name\":\"Pixel Studio\"},"
            + "\"tasks\":[\"REGULAR_POSTING\"]";
        ContractsHttpTest.assertProblem(() -> service.http().exchange(post(id + "/subcontractors", pixel + "}",
            AGENCY), JSON), 409, "subcontracting-refused");

        service.http().retrieve(post(id + "/subcontracting-consents", pixel + ",\"consent\":{\"reference\":"
            + "\"ACME-LEGAL-20\",\"date\":\"2027-01-10\",\"signatory\":\"Hanako Yamada\"}}", MANAGER), JSON);
        Map<String, Object> approved = service.http().retrieve(post(id + "/subcontractors", pixel + "}", AGENCY),
            JSON);
        assertEquals(List.of(Map.of("subcontractor", Map.of("companyId", "pixel-studio", "name", "Pixel Studio"),
            "tasks", List.of("REGULAR_POSTING"))), approved.get("subcontractors"));

        Map<String, Object> removed = service.http().retrieve(HttpRequest.DELETE("/contracts/" + id
            + "/subcontractors/pixel-studio").bearerAuth(MANAGER), JSON);
        assertEquals(List.of(), removed.get("subcontractors"));
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
