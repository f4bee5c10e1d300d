package org.socialgov.incident.domain;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialgov.incident.IncidentFixtures.EVE;
import static org.socialgov.incident.IncidentFixtures.INCIDENT_ID;
import static org.socialgov.incident.IncidentFixtures.NORMALISED_URL;
import static org.socialgov.incident.IncidentFixtures.POSTED_AT;
import static org.socialgov.incident.IncidentFixtures.POST_URL;
import static org.socialgov.incident.IncidentFixtures.REPORTED_AT;
import static org.socialgov.incident.IncidentFixtures.SEEN_AT;
import static org.socialgov.incident.IncidentFixtures.SOME_REACH;
import static org.socialgov.incident.IncidentFixtures.TENANT;
import static org.socialgov.incident.IncidentFixtures.complaint;
import static org.socialgov.incident.IncidentFixtures.incidentFixture;
import static org.socialgov.incident.IncidentFixtures.report;
import static org.socialgov.incident.IncidentFixtures.reported;
import static org.socialgov.incident.IncidentFixtures.reportedUnder;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.incident.api.Evidence;
import org.socialgov.incident.api.IncidentMergedEvent;
import org.socialgov.incident.api.IncidentSightedEvent;
import org.socialgov.incident.api.PostReport;
import org.socialgov.incident.api.ReportIncidentCommand;
import org.socialgov.incident.api.ReportOutcome;
import org.socialgov.incident.api.Reporter;
import org.socialgov.incident.api.ReporterKind;
import org.socialgov.incident.api.Severity;
import org.socialgov.platform.identity.RequestIdentity;

/** Reporting a post: who may, what makes a report valid, and how a second report of the same post is recorded. */
class IncidentReportingTest {

    private static final Reporter BOB = new Reporter("bob", ReporterKind.EMPLOYEE, null);

    private AggregateTestFixture<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = incidentFixture();
    }

    @Test
    void givenNoIncident_whenEmployeeReportsPost_thenIncidentOpenedWithSuggestedSeverityAndTriageDeadline() {
        fixture.givenNoPriorActivity()
            .when(report())
            .expectEvents(reported())
            .expectResultMessagePayload(new ReportOutcome(INCIDENT_ID, true, null, 1, Severity.P3));
    }

    @Test
    void givenNoIncident_whenSeenBeforePosted_thenRefused() {
        fixture.givenNoPriorActivity()
            .when(report(complaint(POST_URL, SEEN_AT, POSTED_AT), EVE))
            .expectNoEvents()
            .expectException(IncidentRuleViolationException.class);
    }

    @Test
    void givenNoIncident_whenEvidenceHashIsNoSha256_thenRefused() {
        PostReport report = complaint();
        PostReport withBadHash = new PostReport(report.platform(), report.postUrl(), report.authorHandle(),
            report.postedAt(), report.seenAt(), report.excerpt(), new Evidence("not-a-hash", "dms://1"),
            report.sentiment(), report.category(), report.reach(), report.policyRules(), null);
        fixture.givenNoPriorActivity()
            .when(report(withBadHash, EVE))
            .expectNoEvents()
            .expectException(IncidentRuleViolationException.class);
    }

    @Test
    void givenReportedPost_whenReportedAgainInAnotherForm_thenSightingOnTheSameIncident() {
        String sameUrl = "https://mobile.twitter.com/angry_customer/status/1790000000000000001/?s=20&utm_source=app";
        fixture.given(reported())
            .when(report(complaint(sameUrl, POSTED_AT, SEEN_AT), BOB))
            .expectEvents(new IncidentSightedEvent(INCIDENT_ID, sameUrl, BOB, SEEN_AT, SOME_REACH, REPORTED_AT))
            .expectResultMessagePayload(new ReportOutcome(INCIDENT_ID, false, INCIDENT_ID, 2, Severity.P3));
    }

    @Test
    void givenIncidentUnderItsLegacyId_whenPostReportedAgain_thenSightingOnThatIncident() {
        String legacy = IncidentIds.legacyOf(TENANT, NORMALISED_URL);
        fixture.given(reportedUnder(legacy))
            .when(new ReportIncidentCommand(legacy, TENANT, complaint(), BOB, REPORTED_AT))
            .expectEvents(new IncidentSightedEvent(legacy, POST_URL, BOB, SEEN_AT, SOME_REACH, REPORTED_AT))
            .expectResultMessagePayload(new ReportOutcome(legacy, false, legacy, 2, Severity.P3));
    }

    @Test
    void givenNoIncident_whenReportedUnderTheLegacyId_thenRefusedAsProgrammingError() {
        fixture.givenNoPriorActivity()
            .when(new ReportIncidentCommand(IncidentIds.legacyOf(TENANT, NORMALISED_URL), TENANT, complaint(), EVE,
                REPORTED_AT))
            .expectNoEvents()
            .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenMergedIncident_whenPostReportedAgain_thenSightingPointsToTheSurvivor() {
        fixture.given(reported(), new IncidentMergedEvent(INCIDENT_ID, "survivor-1", "Same story", REPORTED_AT))
            .when(report(complaint(), BOB))
            .expectEvents(new IncidentSightedEvent(INCIDENT_ID, POST_URL, BOB, SEEN_AT, SOME_REACH, REPORTED_AT))
            .expectResultMessagePayload(new ReportOutcome(INCIDENT_ID, false, "survivor-1", 2, Severity.P3));
    }

    @Test
    void givenAnotherTenantsIncident_whenCommandNamesAnotherId_thenRefusedAsProgrammingError() {
        fixture.givenNoPriorActivity()
            .when(new ReportIncidentCommand(INCIDENT_ID, "globex", complaint(), EVE, REPORTED_AT))
            .expectNoEvents()
            .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenNoIncident_whenEmployeeNamesAContract_thenRefusedNamingTheFieldAndNothingRecorded() {
        fixture.givenNoPriorActivity()
            .when(report(namingContract("contract-of-another-agency"), EVE))
            .expectNoEvents()
            .expectException(ReportContractNotAllowedException.class)
            .expectExceptionMessage(startsWith("contractId: only an agency's report names the contract"));
    }

    @Test
    void givenReportedPost_whenEmployeeReportingItAgainNamesAContract_thenRefusedAndNoSighting() {
        fixture.given(reported())
            .when(report(namingContract("c-unknown"), BOB))
            .expectNoEvents()
            .expectException(ReportContractNotAllowedException.class);
    }

    @Test
    void givenCallersOfEachRole_whenTheyReport_thenStaffReportAsEmployeesAndAgenciesAsAgencies() {
        assertEquals(ReporterKind.EMPLOYEE, capacityOf("COMPLIANCE_OFFICER"));
        assertEquals(ReporterKind.EMPLOYEE, capacityOf("EMPLOYEE"));
        assertEquals(ReporterKind.EMPLOYEE, capacityOf("EMPLOYEE", "AGENCY"));
        assertEquals(ReporterKind.AGENCY, capacityOf("AGENCY"));
    }

    @Test
    void givenNoIncident_whenUrlIsNoWebAddress_thenRefused() {
        fixture.givenNoPriorActivity()
            .when(new ReportIncidentCommand(INCIDENT_ID, TENANT, complaint("not a url", POSTED_AT, SEEN_AT), EVE,
                REPORTED_AT))
            .expectNoEvents()
            .expectException(IncidentRuleViolationException.class);
    }

    private static PostReport namingContract(String contractId) {
        PostReport report = complaint();
        return new PostReport(report.platform(), report.postUrl(), report.authorHandle(), report.postedAt(),
            report.seenAt(), report.excerpt(), report.evidence(), report.sentiment(), report.category(),
            report.reach(), report.policyRules(), contractId);
    }

    private static ReporterKind capacityOf(String... roles) {
        return ReporterEligibility.capacityOf(new RequestIdentity("someone", TENANT, List.of(roles)));
    }
}
