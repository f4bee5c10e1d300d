package org.socialgov.incident.domain;

import static org.socialgov.incident.IncidentFixtures.INCIDENT_ID;
import static org.socialgov.incident.IncidentFixtures.REPORTED_AT;
import static org.socialgov.incident.IncidentFixtures.TENANT;
import static org.socialgov.incident.IncidentFixtures.hoursLater;
import static org.socialgov.incident.IncidentFixtures.incidentFixture;
import static org.socialgov.incident.IncidentFixtures.reported;
import static org.socialgov.incident.IncidentFixtures.triaged;

import java.time.Duration;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.incident.api.CloseIncidentCommand;
import org.socialgov.incident.api.DecideResponseCommand;
import org.socialgov.incident.api.EscalateIncidentCommand;
import org.socialgov.incident.api.EscalationTarget;
import org.socialgov.incident.api.IncidentClosedEvent;
import org.socialgov.incident.api.IncidentEscalatedEvent;
import org.socialgov.incident.api.IncidentReopenedEvent;
import org.socialgov.incident.api.IncidentResolvedEvent;
import org.socialgov.incident.api.IncidentTriagedEvent;
import org.socialgov.incident.api.OfficialResponse;
import org.socialgov.incident.api.ReopenIncidentCommand;
import org.socialgov.incident.api.ResolveIncidentCommand;
import org.socialgov.incident.api.ResponseChannel;
import org.socialgov.incident.api.ResponseDecidedEvent;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.api.SocialPlatform;
import org.socialgov.incident.api.TriageIncidentCommand;

/** The managing department's steps, in their order: triage, escalation, response, resolution, closure, reopening. */
class IncidentHandlingTest {

    private static final OfficialResponse ON_X = new OfficialResponse(ResponseChannel.OFFICIAL_ACCOUNT,
        SocialPlatform.X, "@AcmeHelp", "We are sorry; our support team has contacted you.",
        "https://x.com/AcmeHelp/status/1790000000000000009");
    private static final List<String> OFFICER = List.of("COMPLIANCE_OFFICER");

    private AggregateTestFixture<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = incidentFixture();
    }

    @Test
    void givenReported_whenTriagedAsSuggested_thenTriagedWithDeadlineToDecide() {
        fixture.given(reported())
            .when(new TriageIncidentCommand(INCIDENT_ID, TENANT, Severity.P3, null, "olivia", hoursLater(1)))
            .expectEvents(triaged());
    }

    @Test
    void givenReported_whenSuggestionOverruledWithoutReason_thenRefused() {
        fixture.given(reported())
            .when(new TriageIncidentCommand(INCIDENT_ID, TENANT, Severity.P2, " ", "olivia", hoursLater(1)))
            .expectNoEvents()
            .expectException(IncidentRuleViolationException.class);
    }

    @Test
    void givenReported_whenSuggestionOverruledWithReason_thenTriagedWithThatSeverityAndItsDeadline() {
        fixture.given(reported())
            .when(new TriageIncidentCommand(INCIDENT_ID, TENANT, Severity.P2, "A journalist replied", "olivia",
                hoursLater(1)))
            .expectEvents(new IncidentTriagedEvent(INCIDENT_ID, Severity.P2, "A journalist replied", "olivia",
                hoursLater(1), REPORTED_AT.plus(Duration.ofHours(24))));
    }

    @Test
    void givenAnotherTenantsIncident_whenTriaged_thenNotFound() {
        fixture.given(reported())
            .when(new TriageIncidentCommand(INCIDENT_ID, "globex", Severity.P3, null, "mallory", hoursLater(1)))
            .expectNoEvents()
            .expectException(IncidentNotFoundException.class);
    }

    @Test
    void givenReported_whenEscalatedBeforeTriage_thenOutOfOrder() {
        fixture.given(reported())
            .when(new EscalateIncidentCommand(INCIDENT_ID, TENANT, EscalationTarget.PR, "Press interest",
                hoursLater(2)))
            .expectNoEvents()
            .expectException(IncidentStateConflictException.class);
    }

    @Test
    void givenEscalated_whenEscalatedAgain_thenEscalatedFurther() {
        fixture.given(reported(), triaged(), new IncidentEscalatedEvent(INCIDENT_ID, EscalationTarget.PR,
                "Press interest", hoursLater(2)))
            .when(new EscalateIncidentCommand(INCIDENT_ID, TENANT, EscalationTarget.LEGAL, "Defamation claimed",
                hoursLater(3)))
            .expectEvents(new IncidentEscalatedEvent(INCIDENT_ID, EscalationTarget.LEGAL, "Defamation claimed",
                hoursLater(3)));
    }

    @Test
    void givenTriaged_whenOfficerDecidesOfficialResponse_thenResponseDecided() {
        fixture.given(reported(), triaged())
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, ON_X, null, "olivia", OFFICER, hoursLater(2)))
            .expectEvents(new ResponseDecidedEvent(INCIDENT_ID, ON_X, null, "olivia", hoursLater(2)));
    }

    @Test
    void givenTriaged_whenReporterRecordsResponse_thenRefusedNobodyRebutsOnTheirOwn() {
        fixture.given(reported(), triaged())
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, ON_X, null, "eve", List.of("EMPLOYEE"),
                hoursLater(2)))
            .expectNoEvents()
            .expectException(ResponseReservedException.class);
    }

    @Test
    void givenTriaged_whenDecidedNotToRespondWithReason_thenDecided() {
        fixture.given(reported(), triaged())
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, null, "Answering would amplify it", "olivia",
                OFFICER, hoursLater(2)))
            .expectEvents(new ResponseDecidedEvent(INCIDENT_ID, null, "Answering would amplify it", "olivia",
                hoursLater(2)));
    }

    @Test
    void givenTriaged_whenNeitherResponseNorReason_thenRefused() {
        fixture.given(reported(), triaged())
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, null, null, "olivia", OFFICER, hoursLater(2)))
            .expectNoEvents()
            .expectException(IncidentRuleViolationException.class);
    }

    @Test
    void givenTriaged_whenResponseOnOfficialAccountNamesNoHandle_thenRefused() {
        fixture.given(reported(), triaged())
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, new OfficialResponse(
                ResponseChannel.OFFICIAL_ACCOUNT, SocialPlatform.X, null, "Sorry", "https://x.com/a/status/1"), null,
                "olivia", OFFICER, hoursLater(2)))
            .expectNoEvents()
            .expectException(IncidentRuleViolationException.class);
    }

    @Test
    void givenReported_whenResponseDecidedBeforeTriage_thenOutOfOrder() {
        fixture.given(reported())
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, ON_X, null, "olivia", OFFICER, hoursLater(2)))
            .expectNoEvents()
            .expectException(IncidentStateConflictException.class);
    }

    @Test
    void givenTriaged_whenResolvedBeforeResponseDecided_thenOutOfOrder() {
        fixture.given(reported(), triaged())
            .when(new ResolveIncidentCommand(INCIDENT_ID, TENANT, "Handled", hoursLater(3)))
            .expectNoEvents()
            .expectException(IncidentStateConflictException.class);
    }

    @Test
    void givenResponseDecided_whenResolvedThenClosed_thenClosed() {
        fixture.given(reported(), triaged(), decided(), new IncidentResolvedEvent(INCIDENT_ID, "Customer thanked us",
                hoursLater(5)))
            .when(new CloseIncidentCommand(INCIDENT_ID, TENANT, "No further reaction", hoursLater(6)))
            .expectEvents(new IncidentClosedEvent(INCIDENT_ID, "No further reaction", hoursLater(6)));
    }

    @Test
    void givenResponseDecided_whenClosedBeforeResolved_thenOutOfOrder() {
        fixture.given(reported(), triaged(), decided())
            .when(new CloseIncidentCommand(INCIDENT_ID, TENANT, null, hoursLater(6)))
            .expectNoEvents()
            .expectException(IncidentStateConflictException.class);
    }

    @Test
    void givenClosed_whenReopened_thenBackInTriageWithNewDeadlineFromTheReopening() {
        fixture.given(reported(), triaged(), decided(), new IncidentResolvedEvent(INCIDENT_ID, "Done", hoursLater(5)),
                new IncidentClosedEvent(INCIDENT_ID, null, hoursLater(6)))
            .when(new ReopenIncidentCommand(INCIDENT_ID, TENANT, "The post went viral a week later", hoursLater(200)))
            .expectEvents(new IncidentReopenedEvent(INCIDENT_ID, "The post went viral a week later", hoursLater(200),
                hoursLater(272)));
    }

    @Test
    void givenTriaged_whenReopened_thenOutOfOrder() {
        fixture.given(reported(), triaged())
            .when(new ReopenIncidentCommand(INCIDENT_ID, TENANT, "Why not", hoursLater(3)))
            .expectNoEvents()
            .expectException(IncidentStateConflictException.class);
    }

    @Test
    void givenReopened_whenDecidedAgain_thenTimeToDecisionStaysTheFirst() {
        fixture.given(reported(), triaged(), decided(), new IncidentResolvedEvent(INCIDENT_ID, "Done", hoursLater(5)),
                new IncidentReopenedEvent(INCIDENT_ID, "Again", hoursLater(10), hoursLater(82)))
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, null, "Already answered", "olivia", OFFICER,
                hoursLater(11)))
            .expectSuccessfulHandlerExecution()
            .expectState(incident -> {
                if (!incident.state().timeToDecision().equals(Duration.ofHours(2))
                    || !incident.state().timeToTriage().equals(Duration.ofHours(1))) {
                    throw new AssertionError("time to triage and to decision are measured to the first of each");
                }
            });
    }

    private static ResponseDecidedEvent decided() {
        return new ResponseDecidedEvent(INCIDENT_ID, ON_X, null, "olivia", hoursLater(2));
    }
}
