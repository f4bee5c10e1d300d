package org.socialgov.incident.domain;

import static org.hamcrest.Matchers.startsWith;
import static org.socialgov.incident.IncidentFixtures.INCIDENT_ID;
import static org.socialgov.incident.IncidentFixtures.NORMALISED_URL;
import static org.socialgov.incident.IncidentFixtures.REPORTED_AT;
import static org.socialgov.incident.IncidentFixtures.SEEN_AT;
import static org.socialgov.incident.IncidentFixtures.SOME_REACH;
import static org.socialgov.incident.IncidentFixtures.TENANT;
import static org.socialgov.incident.IncidentFixtures.complaint;
import static org.socialgov.incident.IncidentFixtures.incidentFixture;
import static org.socialgov.incident.IncidentFixtures.report;
import static org.socialgov.incident.IncidentFixtures.reported;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.incident.InMemoryAgencyContracts;
import org.socialgov.incident.InMemoryOfficialAccounts;
import org.socialgov.incident.api.IncidentReportedEvent;
import org.socialgov.incident.api.IncidentSightedEvent;
import org.socialgov.incident.api.PostReport;
import org.socialgov.incident.api.Reporter;
import org.socialgov.incident.api.ReporterKind;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.domain.AgencyContract.ScopeFrom;
import org.socialgov.platform.upstream.UpstreamBehindException;

/**
 * An agency reports only while it holds a contract with the company that is in force and has mention monitoring
 * and reporting in its scope; a refusal rests on contract-service's record as it is now, not on a view a moment old.
 * The incidents here are reported on 2026-05-04.
 */
class AgencyReportingTest {

    private static final Reporter BLUE_SKY = new Reporter("blue-sky", ReporterKind.AGENCY, null);
    private static final LocalDate REPORT_DAY = LocalDate.of(2026, 5, 4);
    private static final AgencyContract MONITORING = new AgencyContract("c-1", LocalDate.of(2026, 1, 1), null,
        List.of(new ScopeFrom(null, true)));

    private AggregateTestFixture<Incident> fixture;
    private InMemoryAgencyContracts contracts;

    @BeforeEach
    void setUp() {
        contracts = new InMemoryAgencyContracts();
        fixture = incidentFixture(contracts, new InMemoryOfficialAccounts());
    }

    @Test
    void givenMonitoringContractInForce_whenAgencyReports_thenIncidentRecordsTheContractItReportedUnder() {
        contracts.holding(TENANT, "blue-sky", MONITORING);
        fixture.givenNoPriorActivity()
            .when(report(complaint(), BLUE_SKY))
            .expectEvents(reportedBy(BLUE_SKY.underContract("c-1")));
    }

    @Test
    void givenContractSignedAMomentAgo_whenAgencyReports_thenAcceptedOnTheConfirmedRecord() {
        contracts.recordedOnly(TENANT, "blue-sky", MONITORING);
        fixture.givenNoPriorActivity()
            .when(report(complaint(), BLUE_SKY))
            .expectEvents(reportedBy(BLUE_SKY.underContract("c-1")));
    }

    @Test
    void givenNoContractKnownAndRecordUnreachable_whenAgencyReports_thenNeitherAcceptedNorRefused() {
        contracts.unreachable();
        fixture.givenNoPriorActivity()
            .when(report(complaint(), BLUE_SKY))
            .expectNoEvents()
            .expectException(UpstreamBehindException.class);
    }

    @Test
    void givenContractKnownAndRecordUnreachable_whenAgencyReports_thenAcceptedOnTheKnownContract() {
        contracts.holding(TENANT, "blue-sky", MONITORING).unreachable();
        fixture.givenNoPriorActivity()
            .when(report(complaint(), BLUE_SKY))
            .expectEvents(reportedBy(BLUE_SKY.underContract("c-1")));
    }

    @Test
    void givenContractKnownInForceButEndedAMomentAgo_whenAgencyReports_thenRefusedOnTheConfirmedRecord() {
        contracts.seenOnly(TENANT, "blue-sky", MONITORING)
            .recordedOnly(TENANT, "blue-sky", new AgencyContract("c-1", LocalDate.of(2026, 1, 1), REPORT_DAY,
                List.of(new ScopeFrom(null, true))));
        fixture.givenNoPriorActivity()
            .when(report(complaint(), BLUE_SKY))
            .expectNoEvents()
            .expectException(ReporterNotEligibleException.class);
    }

    @Test
    void givenNoContract_whenAgencyReports_thenRefused() {
        fixture.givenNoPriorActivity()
            .when(report(complaint(), BLUE_SKY))
            .expectNoEvents()
            .expectException(ReporterNotEligibleException.class)
            .expectExceptionMessage("Agency 'blue-sky' holds no contract with acme; an agency may report only "
                + "under a contract in force with acme whose scope includes mention monitoring and reporting");
    }

    @Test
    void givenContractWithoutMonitoringInScope_whenAgencyReports_thenRefused() {
        contracts.holding(TENANT, "blue-sky", new AgencyContract("c-2", LocalDate.of(2026, 1, 1), null,
            List.of(new ScopeFrom(null, false))));
        fixture.givenNoPriorActivity()
            .when(report(complaint(), BLUE_SKY))
            .expectNoEvents()
            .expectException(ReporterNotEligibleException.class)
            .expectExceptionMessage(startsWith(
                "Contract c-2 does not include mention monitoring and reporting in its scope"));
    }

    @Test
    void givenContractTerminatedEffectiveOnTheDay_whenAgencyReports_thenRefused() {
        contracts.holding(TENANT, "blue-sky", new AgencyContract("c-1", LocalDate.of(2026, 1, 1), REPORT_DAY,
            List.of(new ScopeFrom(null, true))));
        fixture.givenNoPriorActivity()
            .when(report(complaint(), BLUE_SKY))
            .expectNoEvents()
            .expectException(ReporterNotEligibleException.class)
            .expectExceptionMessage(startsWith(
                "Contract c-1 is no longer in force since 2026-05-04"));
    }

    @Test
    void givenContractTerminatedFromTomorrow_whenAgencyReportsToday_thenAccepted() {
        contracts.holding(TENANT, "blue-sky", new AgencyContract("c-1", LocalDate.of(2026, 1, 1),
            REPORT_DAY.plusDays(1), List.of(new ScopeFrom(null, true))));
        fixture.givenNoPriorActivity()
            .when(report(complaint(), BLUE_SKY))
            .expectEvents(reportedBy(BLUE_SKY.underContract("c-1")));
    }

    @Test
    void givenContractNotYetInForce_whenAgencyReports_thenRefused() {
        contracts.holding(TENANT, "blue-sky", new AgencyContract("c-1", REPORT_DAY.plusDays(1), null,
            List.of(new ScopeFrom(null, true))));
        fixture.givenNoPriorActivity()
            .when(report(complaint(), BLUE_SKY))
            .expectNoEvents()
            .expectException(ReporterNotEligibleException.class)
            .expectExceptionMessage(startsWith("Contract c-1 comes into force on 2026-05-05"));
    }

    @Test
    void givenAmendmentAddingMonitoringFromTomorrow_whenAgencyReportsToday_thenRefused() {
        contracts.holding(TENANT, "blue-sky", new AgencyContract("c-1", LocalDate.of(2026, 1, 1), null,
            List.of(new ScopeFrom(null, false), new ScopeFrom(REPORT_DAY.plusDays(1), true))));
        fixture.givenNoPriorActivity()
            .when(report(complaint(), BLUE_SKY))
            .expectNoEvents()
            .expectException(ReporterNotEligibleException.class);
    }

    @Test
    void givenAmendmentAddingMonitoringFromToday_whenAgencyReports_thenAccepted() {
        contracts.holding(TENANT, "blue-sky", new AgencyContract("c-1", LocalDate.of(2026, 1, 1), null,
            List.of(new ScopeFrom(null, false), new ScopeFrom(REPORT_DAY, true))));
        fixture.givenNoPriorActivity()
            .when(report(complaint(), BLUE_SKY))
            .expectEvents(reportedBy(BLUE_SKY.underContract("c-1")));
    }

    @Test
    void givenMonitoringContract_whenAgencyNamesAnotherContract_thenRefused() {
        contracts.holding(TENANT, "blue-sky", MONITORING);
        PostReport report = complaint();
        PostReport underOtherContract = new PostReport(report.platform(), report.postUrl(), report.authorHandle(),
            report.postedAt(), report.seenAt(), report.excerpt(), report.evidence(), report.sentiment(),
            report.category(), report.reach(), report.policyRules(), "c-9");
        fixture.givenNoPriorActivity()
            .when(report(underOtherContract, BLUE_SKY))
            .expectNoEvents()
            .expectException(ReporterNotEligibleException.class)
            .expectExceptionMessage(startsWith("Agency 'blue-sky' holds no contract c-9"));
    }

    @Test
    void givenReportedPost_whenEligibleAgencyReportsItAgain_thenSightingUnderItsContract() {
        contracts.holding(TENANT, "blue-sky", MONITORING);
        fixture.given(reported())
            .when(report(complaint(), BLUE_SKY))
            .expectEvents(new IncidentSightedEvent(INCIDENT_ID, complaint().postUrl(), BLUE_SKY.underContract("c-1"),
                SEEN_AT, SOME_REACH, REPORTED_AT));
    }

    @Test
    void givenReportedPost_whenAgencyWithoutContractReportsItAgain_thenRefusedAndNoSighting() {
        fixture.given(reported())
            .when(report(complaint(), BLUE_SKY))
            .expectNoEvents()
            .expectException(ReporterNotEligibleException.class);
    }

    private static IncidentReportedEvent reportedBy(Reporter reporter) {
        return new IncidentReportedEvent(INCIDENT_ID, TENANT, NORMALISED_URL, complaint(), reporter, Severity.P3,
            REPORTED_AT, REPORTED_AT.plus(Duration.ofHours(24)), null);
    }
}
