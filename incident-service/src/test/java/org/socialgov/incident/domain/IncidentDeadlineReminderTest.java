package org.socialgov.incident.domain;

import static org.socialgov.incident.IncidentFixtures.INCIDENT_ID;
import static org.socialgov.incident.IncidentFixtures.TENANT;
import static org.socialgov.incident.IncidentFixtures.hoursLater;
import static org.socialgov.incident.IncidentFixtures.incidentFixture;
import static org.socialgov.incident.IncidentFixtures.reported;
import static org.socialgov.incident.IncidentFixtures.triaged;

import java.time.Duration;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.incident.api.IncidentClosedEvent;
import org.socialgov.incident.api.IncidentMergedEvent;
import org.socialgov.incident.api.IncidentReopenedEvent;
import org.socialgov.incident.api.IncidentResolvedEvent;
import org.socialgov.incident.api.IncidentTriagedEvent;
import org.socialgov.incident.api.RemindOfRunningDeadlineCommand;
import org.socialgov.incident.api.ResponseDecidedEvent;
import org.socialgov.incident.api.ResponseDecisionDeadlineBreachedEvent;
import org.socialgov.incident.api.ResponseDecisionDueSoonEvent;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.api.TriageDeadlineBreachedEvent;
import org.socialgov.incident.api.TriageDueSoonEvent;

/**
 * Reminders of an incident's deadlines, by the default SLA: the fixture's P3 report must be triaged within 24 h (due
 * soon 6 h before) and decided within 72 h of the report (due soon 18 h before).
 */
class IncidentDeadlineReminderTest {

    private static final TriageDueSoonEvent TRIAGE_DUE_SOON = new TriageDueSoonEvent(INCIDENT_ID, Severity.P3,
        hoursLater(24), Duration.ofHours(6), hoursLater(18));
    private static final ResponseDecisionDueSoonEvent DECISION_DUE_SOON = new ResponseDecisionDueSoonEvent(
        INCIDENT_ID, Severity.P3, "olivia", hoursLater(72), Duration.ofHours(18), hoursLater(54));

    private AggregateTestFixture<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = incidentFixture();
    }

    private static RemindOfRunningDeadlineCommand remindAt(int hoursAfterTheReport) {
        return new RemindOfRunningDeadlineCommand(INCIDENT_ID, TENANT, hoursLater(hoursAfterTheReport));
    }

    private static ResponseDecidedEvent decided() {
        return new ResponseDecidedEvent(INCIDENT_ID, null, "Not worth an answer", "olivia", hoursLater(2));
    }

    @Test
    void givenReported_whenTriageNotYetDueSoon_thenNothingRecorded() {
        fixture.given(reported())
            .when(remindAt(17))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenReported_whenTriageDueSoon_thenTriageDueSoonRecorded() {
        fixture.given(reported())
            .when(remindAt(18))
            .expectEvents(TRIAGE_DUE_SOON);
    }

    @Test
    void givenTriageDueSoonRecorded_whenAskedAgain_thenNothingMoreAndNoError() {
        fixture.given(reported(), TRIAGE_DUE_SOON)
            .when(remindAt(20))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenTriageDueSoonRecorded_whenTheTriageDeadlinePasses_thenTheBreachRecordedOnce() {
        TriageDeadlineBreachedEvent breached = new TriageDeadlineBreachedEvent(INCIDENT_ID, Severity.P3,
            hoursLater(24), hoursLater(24));
        fixture.given(reported(), TRIAGE_DUE_SOON)
            .when(remindAt(24))
            .expectEvents(breached);
        fixture.given(reported(), TRIAGE_DUE_SOON, breached)
            .when(remindAt(30))
            .expectNoEvents();
    }

    @Test
    void givenNoReminderYet_whenFirstAskedAfterTheDeadline_thenOnlyTheBreachRecorded() {
        fixture.given(reported())
            .when(remindAt(30))
            .expectEvents(new TriageDeadlineBreachedEvent(INCIDENT_ID, Severity.P3, hoursLater(24), hoursLater(30)));
    }

    @Test
    void givenTriaged_whenTheTriageDeadlinePasses_thenNothingRecordedTheDeadlineWasMet() {
        fixture.given(reported(), triaged())
            .when(remindAt(30))
            .expectNoEvents();
    }

    @Test
    void givenTriaged_whenTheDecisionIsDueSoon_thenRecordedForTheAssignee() {
        fixture.given(reported(), triaged())
            .when(remindAt(54))
            .expectEvents(DECISION_DUE_SOON);
    }

    @Test
    void givenDecisionDueSoonRecorded_whenTheDecisionDeadlinePasses_thenTheBreachRecorded() {
        fixture.given(reported(), triaged(), DECISION_DUE_SOON)
            .when(remindAt(73))
            .expectEvents(new ResponseDecisionDeadlineBreachedEvent(INCIDENT_ID, Severity.P3, "olivia",
                hoursLater(72), hoursLater(73)));
    }

    @Test
    void givenDecisionDueSoonRecorded_whenRetriagedAtASeverityThatMovesTheDeadline_thenItsRemindersArmAgain() {
        IncidentTriagedEvent retriagedAsP4 = new IncidentTriagedEvent(INCIDENT_ID, Severity.P4, "Nobody shared it",
            "hanako", hoursLater(60), hoursLater(7 * 24));
        fixture.given(reported(), triaged(), DECISION_DUE_SOON, retriagedAsP4)
            .when(remindAt(100))
            .expectNoEvents();
        // A P4 decision is due 7 days after the report; due soon in the last quarter, 42 h before.
        fixture.given(reported(), triaged(), DECISION_DUE_SOON, retriagedAsP4)
            .when(remindAt(7 * 24 - 42))
            .expectEvents(new ResponseDecisionDueSoonEvent(INCIDENT_ID, Severity.P4, "hanako", hoursLater(7 * 24),
                Duration.ofHours(42), hoursLater(7 * 24 - 42)));
    }

    @Test
    void givenDecisionBreached_whenRetriagedAtASeverityWhoseDeadlineHasPassedToo_thenThatBreachRecorded() {
        ResponseDecisionDeadlineBreachedEvent breachedAsP3 = new ResponseDecisionDeadlineBreachedEvent(INCIDENT_ID,
            Severity.P3, "olivia", hoursLater(72), hoursLater(72));
        fixture.given(reported(), triaged(), breachedAsP3, new IncidentTriagedEvent(INCIDENT_ID, Severity.P2,
                "A journalist replied", "olivia", hoursLater(80), hoursLater(24)))
            .when(remindAt(81))
            .expectEvents(new ResponseDecisionDeadlineBreachedEvent(INCIDENT_ID, Severity.P2, "olivia",
                hoursLater(24), hoursLater(81)));
    }

    @Test
    void givenResponseDecided_whenTheDecisionDeadlinePasses_thenNothingRecorded() {
        fixture.given(reported(), triaged(), decided())
            .when(remindAt(100))
            .expectNoEvents();
    }

    @Test
    void givenClosed_whenAnyDeadlinePasses_thenNothingRecorded() {
        fixture.given(reported(), triaged(), decided(), new IncidentResolvedEvent(INCIDENT_ID, "Done", hoursLater(3)),
                new IncidentClosedEvent(INCIDENT_ID, null, hoursLater(4)))
            .when(remindAt(500))
            .expectNoEvents();
    }

    @Test
    void givenMergedBeforeTriage_whenTheTriageDeadlinePasses_thenNothingRecordedItsSurvivorIsHandled() {
        fixture.given(reported(), new IncidentMergedEvent(INCIDENT_ID, "survivor-1", "Same story", hoursLater(1)))
            .when(remindAt(30))
            .expectNoEvents();
    }

    @Test
    void givenReopened_whenTheNewDecisionDeadlineIsDueSoon_thenRemindedAgain() {
        fixture.given(reported(), triaged(), DECISION_DUE_SOON, decided(),
                new IncidentResolvedEvent(INCIDENT_ID, "Done", hoursLater(60)),
                new IncidentReopenedEvent(INCIDENT_ID, "It went viral", hoursLater(100), hoursLater(172)))
            .when(remindAt(154))
            .expectEvents(new ResponseDecisionDueSoonEvent(INCIDENT_ID, Severity.P3, "olivia", hoursLater(172),
                Duration.ofHours(18), hoursLater(154)));
    }

    @Test
    void givenAnotherCompanysIncident_whenAskedForItsReminders_thenNotFound() {
        fixture.given(reported())
            .when(new RemindOfRunningDeadlineCommand(INCIDENT_ID, "globex", hoursLater(30)))
            .expectNoEvents()
            .expectException(IncidentNotFoundException.class);
    }
}
