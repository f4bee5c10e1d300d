package org.socialgov.contract.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** Assignment and early termination of an active contract, through the real server. */
class ContractEndingHttpTest extends ContractServiceHttpTestBase {

    private static final String GREEN_LEAF = "{\"companyId\":\"agency-green\",\"name\":\"Green Leaf Media\"}";

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
    void givenWrittenConsent_whenTheClientAssignsItsPosition_thenAnsweredWithTheAssignedContractNotAsMissing() {
        String id = activeContract();
        Map<String, Object> assigned = service.http().retrieve(post(id + "/assignments",
            "{\"party\":\"CLIENT\",\"assignee\":{\"companyId\":\"initech\",\"name\":\"Initech\"},"
                + "\"consent\":{\"reference\":\"BLUE-14\",\"date\":\"2027-02-20\",\"signatory\":\"Ken Blue\"}}",
            MANAGER), JSON);
        assertEquals(id, assigned.get("contractId"));

        ContractsHttpTest.assertProblem(() -> service.http().exchange(HttpRequest.GET("/contracts/" + id)
            .bearerAuth(MANAGER), JSON), 404, "not-found");
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
    void givenAutoRenewingContract_whenNoticeGivenInTime_thenRecordedAndStaleEtagRefused() {
        String id = activeContract();
        Map<String, Object> noticed = service.http().retrieve(post(id + "/non-renewal-notice",
            "{\"party\":\"PROVIDER\"}", AGENCY), JSON);
        assertEquals(java.time.LocalDate.now().toString(), noticed.get("nonRenewalNoticeGivenOn"));
        ContractsHttpTest.assertProblem(() -> service.http().exchange(post(id + "/non-renewal-notice",
            "{\"party\":\"CLIENT\"}", MANAGER).header("If-Match", "\"0\""), JSON), 412, "precondition-failed");
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
}
