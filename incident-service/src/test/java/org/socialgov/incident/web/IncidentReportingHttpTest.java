package org.socialgov.incident.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.Test;
import org.socialgov.incident.domain.IncidentIds;
import org.socialgov.incident.domain.PostUrlNormalization;

/** Reporting posts through the real service: new incidents, sightings, refusals. */
class IncidentReportingHttpTest extends IncidentServiceHttpTestBase {

    @Test
    void givenNewPost_whenEmployeeReports_thenCreatedWithSuggestedSeverityAndReadableAsWritten() {
        HttpResponse<Map<String, Object>> created = reportPost(complaint(newPostUrl()), EVE);

        assertEquals(201, created.code());
        String incidentId = (String) created.body().get("incidentId");
        assertEquals("/incidents/" + incidentId, created.header(HttpHeaders.LOCATION));
        assertEquals("NEW_INCIDENT", created.body().get("outcome"));
        assertEquals(1, created.body().get("sightings"));
        assertEquals("P3", created.body().get("suggestedSeverity"));
        Map<String, Object> incident = read(incidentId, EVE);
        assertEquals("REPORTED", incident.get("status"));
        assertEquals(false, incident.get("redacted"));
        assertEquals("@Angry_Customer", incident.get("authorHandle"));
        assertEquals("eve", incident.get("reportedBy"));
        assertEquals("EMPLOYEE", incident.get("reporterKind"));
        assertEquals("P3", incident.get("severity"));
        assertTrue(incident.containsKey("triageDueBy"));
    }

    @Test
    void givenReportedPost_whenReportedAgainInAnotherForm_thenSightingOfTheSameIncident() {
        String postUrl = newPostUrl();
        String incidentId = (String) reportPost(complaint(postUrl), EVE).body().get("incidentId");
        String sameOnMobile = postUrl.replace("https://x.com/Angry_Customer", "https://mobile.twitter.com/angry_customer")
            + "?s=20&utm_source=share";

        HttpResponse<Map<String, Object>> again = reportPost(complaint(sameOnMobile), BOB);

        assertEquals(200, again.code());
        assertEquals("SIGHTING", again.body().get("outcome"));
        assertEquals(incidentId, again.body().get("incidentId"));
        assertEquals(incidentId, again.body().get("duplicateOf"));
        assertEquals(2, again.body().get("sightings"));
        assertEquals(2, read(incidentId, OFFICER).get("sightings"));
    }

    @Test
    void givenNewPost_whenReported_thenItsIdIsNoHashAnOutsiderCouldComputeFromCompanyAndUrl() {
        String postUrl = newPostUrl();

        String incidentId = (String) reportPost(complaint(postUrl), EVE).body().get("incidentId");

        assertNotEquals(IncidentIds.legacyOf("acme", PostUrlNormalization.normalise(postUrl)), incidentId);
        assertEquals(ids().forPost("acme", postUrl), incidentId);
    }

    @Test
    void givenOfficialAcmeHelp_whenPostByLookalikeHandleReported_thenIncidentFlaggedAsPossibleImpersonation() {
        String incidentId = (String) reportPost(complaint(newPostUrl()).replace("@Angry_Customer", "@AcmeHe1p"), EVE)
            .body().get("incidentId");
        assertEquals(Map.of("platform", "X", "handle", "@AcmeHelp"), read(incidentId, OFFICER)
            .get("possibleImpersonation"));
        assertNull(read(reportedIncident(), OFFICER).get("possibleImpersonation"));
    }

    @Test
    void givenReportSettingWhatOnlyTriageOrTheSystemSets_whenPosted_thenRefusedNamingTheFieldAndNothingStored() {
        for (String field : List.of("\"severity\":\"P5\"", "\"status\":\"CLOSED\"", "\"reportedBy\":\"mallory\"",
            "\"tenant\":\"globex\"", "\"possibleImpersonation\":null")) {
            String postUrl = newPostUrl();
            HttpClientResponseException refused = assertProblem(() -> reportPost(complaint(postUrl)
                .replaceFirst("\\{", "{" + field + ","), EVE), 400, "invalid-request");
            String name = field.substring(1, field.indexOf('"', 1));
            assertTrue(refused.getResponse().getBody(String.class).orElseThrow().contains("\"field\":\"" + name
                + "\",\"message\":\"is not a field this request takes"), field);
            assertProblem(() -> read(ids().forPost("acme", postUrl), OFFICER), 404, "not-found");
        }
    }

    @Test
    void givenComplianceOfficerWhoSpotsAPost_whenReports_thenCreatedAsAReportByStaff() {
        HttpResponse<Map<String, Object>> created = reportPost(complaint(newPostUrl()), OFFICER);

        assertEquals(201, created.code());
        Map<String, Object> incident = read((String) created.body().get("incidentId"), OFFICER);
        assertEquals("olivia", incident.get("reportedBy"));
        assertEquals("EMPLOYEE", incident.get("reporterKind"));
    }

    @Test
    void givenStaffNamingAContract_whenReports_thenUnprocessableNamingTheFieldAndNothingRecorded() {
        for (String token : List.of(EVE, OFFICER)) {
            String postUrl = newPostUrl();
            HttpClientResponseException refused = assertProblem(() -> reportPost(complaint(postUrl)
                .replaceFirst("\\{", "{\"contractId\":\"contract-of-another-agency\","), token), 422,
                "incident-report-contract-not-allowed");
            assertTrue(refused.getResponse().getBody(String.class).orElseThrow().contains("contractId: only an "
                + "agency's report names the contract"));
            assertProblem(() -> read(ids().forPost("acme", postUrl), OFFICER), 404, "not-found");
        }
    }

    @Test
    void givenEmployeeReportRecordedNamingAContract_whenOfficerReads_thenNoContractShownForIt() {
        String postUrl = newPostUrl();
        String incidentId = ids().forPost("acme", postUrl);
        EarlierRecords.incidentReported(service, incidentId, postUrl, "contract-of-another-agency");

        assertNull(read(incidentId, OFFICER).get("contractId"), "only a contract the service checked is shown");
    }

    @Test
    void givenAuditor_whenReports_thenForbidden() {
        assertProblem(() -> reportPost(complaint(newPostUrl()), AUDITOR), 403, "forbidden");
    }

    @Test
    void givenReportWithoutExcerptOrWithBadHash_whenPosted_thenInvalidNamingTheField() {
        String withoutExcerpt = complaint(newPostUrl()).replace("\"excerpt\":\"Third week without an answer from "
            + "Acme support\",", "");
        HttpClientResponseException missing = assertProblem(() -> reportPost(withoutExcerpt, EVE), 400,
            "invalid-request");
        assertTrue(missing.getResponse().getBody(String.class).orElseThrow().contains("excerpt"));
        String badHash = complaint(newPostUrl()).replace("ab".repeat(32), "xyz");
        HttpClientResponseException hash = assertProblem(() -> reportPost(badHash, EVE), 400, "invalid-request");
        assertTrue(hash.getResponse().getBody(String.class).orElseThrow().contains("sha256"));
    }

    @Test
    void givenPostSeenBeforeItWasPosted_whenReported_thenUnprocessableAndNothingRecorded() {
        String postUrl = newPostUrl();
        assertProblem(() -> reportPost(report(postUrl, "COMPLAINT", "NEGATIVE", 10, "2026-05-04T07:00:00Z"), EVE),
            422, "incident-rule-violated");

        assertFalse(ids(list("", EVE)).stream().anyMatch(id -> id.equals(reportedIdOf(postUrl))));
        assertProblem(() -> service.http().exchange(HttpRequest.GET("/incidents/" + reportedIdOf(postUrl))
            .bearerAuth(OFFICER), JSON), 404, "not-found");
    }

    private static String reportedIdOf(String postUrl) {
        return ids().forPost("acme", postUrl);
    }
}
