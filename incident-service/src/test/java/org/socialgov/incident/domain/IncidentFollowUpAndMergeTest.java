package org.socialgov.incident.domain;

import static org.socialgov.incident.IncidentFixtures.INCIDENT_ID;
import static org.socialgov.incident.IncidentFixtures.SOME_REACH;
import static org.socialgov.incident.IncidentFixtures.TENANT;
import static org.socialgov.incident.IncidentFixtures.hoursLater;
import static org.socialgov.incident.IncidentFixtures.incidentFixture;
import static org.socialgov.incident.IncidentFixtures.reported;
import static org.socialgov.incident.IncidentFixtures.triaged;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.incident.api.AddFollowUpCommand;
import org.socialgov.incident.api.FollowUpObservationAddedEvent;
import org.socialgov.incident.api.IncidentClosedEvent;
import org.socialgov.incident.api.IncidentMergedEvent;
import org.socialgov.incident.api.IncidentReadUnredactedEvent;
import org.socialgov.incident.api.IncidentResolvedEvent;
import org.socialgov.incident.api.IncidentStatus;
import org.socialgov.incident.api.MergeIncidentCommand;
import org.socialgov.incident.api.RecordUnredactedReadCommand;
import org.socialgov.incident.api.ResponseDecidedEvent;
import org.socialgov.incident.api.TriageIncidentCommand;
import org.socialgov.incident.api.Severity;

/** Follow-ups by reporters, merging two incidents of one story, and the record of unredacted reads. */
class IncidentFollowUpAndMergeTest {

    private static final List<String> EMPLOYEE = List.of("EMPLOYEE");

    private AggregateTestFixture<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = incidentFixture();
    }

    @Test
    void givenOpenIncident_whenReporterAddsObservation_thenAdded() {
        fixture.given(reported(), triaged())
            .when(new AddFollowUpCommand(INCIDENT_ID, TENANT, "eve", EMPLOYEE, "Now 300 reposts", SOME_REACH,
                hoursLater(3)))
            .expectEvents(new FollowUpObservationAddedEvent(INCIDENT_ID, "eve", "Now 300 reposts", SOME_REACH,
                hoursLater(3)));
    }

    @Test
    void givenOpenIncident_whenSomeoneWhoDidNotReportItAddsObservation_thenNotFound() {
        fixture.given(reported())
            .when(new AddFollowUpCommand(INCIDENT_ID, TENANT, "frank", EMPLOYEE, "Me too", null, hoursLater(3)))
            .expectNoEvents()
            .expectException(IncidentNotFoundException.class);
    }

    @Test
    void givenClosedIncident_whenReporterAddsObservation_thenOutOfOrder() {
        fixture.given(reported(), triaged(), new ResponseDecidedEvent(INCIDENT_ID, null, "Ignore", "olivia",
                hoursLater(2)), new IncidentResolvedEvent(INCIDENT_ID, "Done", hoursLater(3)),
                new IncidentClosedEvent(INCIDENT_ID, null, hoursLater(4)))
            .when(new AddFollowUpCommand(INCIDENT_ID, TENANT, "eve", EMPLOYEE, "Deleted", null, hoursLater(5)))
            .expectNoEvents()
            .expectException(IncidentStateConflictException.class);
    }

    @Test
    void givenOpenIncident_whenMergedIntoOpenSurvivor_thenPointsToSurvivor() {
        fixture.given(reported())
            .when(new MergeIncidentCommand(INCIDENT_ID, TENANT, "survivor-1", IncidentStatus.TRIAGED, "Same story",
                hoursLater(1)))
            .expectEvents(new IncidentMergedEvent(INCIDENT_ID, "survivor-1", "Same story", hoursLater(1)));
    }

    @Test
    void givenMergedIncident_whenTriaged_thenClosedToHandling() {
        fixture.given(reported(), new IncidentMergedEvent(INCIDENT_ID, "survivor-1", "Same story", hoursLater(1)))
            .when(new TriageIncidentCommand(INCIDENT_ID, TENANT, Severity.P3, null, "olivia", hoursLater(2)))
            .expectNoEvents()
            .expectException(IncidentStateConflictException.class);
    }

    @Test
    void givenOpenIncident_whenMergedIntoItself_thenRefused() {
        fixture.given(reported())
            .when(new MergeIncidentCommand(INCIDENT_ID, TENANT, INCIDENT_ID, IncidentStatus.REPORTED, "Oops",
                hoursLater(1)))
            .expectNoEvents()
            .expectException(IncidentRuleViolationException.class);
    }

    @Test
    void givenOpenIncident_whenSurvivorDoesNotExistOrIsMergedOrClosed_thenRefused() {
        for (IncidentStatus survivor : new IncidentStatus[] {null, IncidentStatus.MERGED, IncidentStatus.CLOSED}) {
            fixture.given(reported())
                .when(new MergeIncidentCommand(INCIDENT_ID, TENANT, "survivor-1", survivor, "Same story",
                    hoursLater(1)))
                .expectNoEvents()
                .expectException(IncidentRuleViolationException.class);
        }
    }

    @Test
    void givenIncident_whenOfficerReadsItUnredacted_thenTheReadIsRecorded() {
        fixture.given(reported())
            .when(new RecordUnredactedReadCommand(INCIDENT_ID, TENANT, "olivia", hoursLater(1)))
            .expectEvents(new IncidentReadUnredactedEvent(INCIDENT_ID, "olivia", hoursLater(1)));
    }
}
