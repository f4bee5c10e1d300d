package org.socialgov.contract.domain;

import static org.socialgov.contract.ContractFixtures.ALICE;
import static org.socialgov.contract.ContractFixtures.BLUE_SKY;
import static org.socialgov.contract.ContractFixtures.BLUE_SKY_AGENCY;
import static org.socialgov.contract.ContractFixtures.CLIENT;
import static org.socialgov.contract.ContractFixtures.RECOMMENDED_TERMS;
import static org.socialgov.contract.ContractFixtures.RED_AGENCY;
import static org.socialgov.contract.ContractFixtures.TITLE;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.contract.api.Assignee;
import org.socialgov.contract.api.AssignmentOutcome;
import org.socialgov.contract.api.AssignmentRefusedEvent;
import org.socialgov.contract.api.ContractAssignedEvent;
import org.socialgov.contract.api.ContractDraftCreatedEvent;
import org.socialgov.contract.api.ContractElement;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.ContractTerminatedEvent;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.RequestAssignmentCommand;
import org.socialgov.contract.api.SurvivingDuty;
import org.socialgov.contract.api.TerminateContractCommand;
import org.socialgov.contract.api.TerminationGround;
import org.socialgov.contract.api.WrittenConsent;

/** Ending an active contract early, and transferring a party's position. */
class ContractEndingAndAssignmentTest {

    private static final String ID = "c-1";
    private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);
    private static final Assignee GREEN_LEAF = new Assignee("agency-green", "Green Leaf Media");
    private static final WrittenConsent CONSENT = new WrittenConsent("ACME-LEGAL-2027-014", LocalDate.of(2027, 2, 20),
        "Hanako Yamada");

    private AggregateTestFixture<Contract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contract.class);
    }

    @Test
    void givenActiveContract_whenTerminatedByNotice_thenEffectiveAfterTheNoticePeriodWithSurvivingDuties() {
        fixture.given(active(RECOMMENDED_TERMS))
            .when(terminate(TerminationGround.NOTICE))
            .expectEvents(new ContractTerminatedEvent(ID, ContractParty.CLIENT, TerminationGround.NOTICE,
                MARCH_1.plusDays(90), "Reorganisation", List.of(
                    new SurvivingDuty(ContractElement.CONFIDENTIALITY, MARCH_1.plusDays(90).plusYears(5)),
                    new SurvivingDuty(ContractElement.PERSONAL_DATA, null))))
            .expectState(contract -> {
                if (contract.state().status() != ContractStatus.TERMINATED) {
                    throw new AssertionError("Expected TERMINATED but was " + contract.state().status());
                }
            });
    }

    @Test
    void givenImmediateTerminationForCause_whenTerminatedForBreach_thenEffectiveAtOnce() {
        fixture.given(active(RECOMMENDED_TERMS))
            .when(terminate(TerminationGround.BREACH))
            .expectEvents(new ContractTerminatedEvent(ID, ContractParty.CLIENT, TerminationGround.BREACH, MARCH_1,
                "Reorganisation", TerminationRules.survivingDuties(RECOMMENDED_TERMS, MARCH_1)));
    }

    @Test
    void givenAntiSocialForcesClause_whenTerminatedUnderIt_thenEffectiveAtOnce() {
        fixture.given(active(RECOMMENDED_TERMS))
            .when(terminate(TerminationGround.ANTI_SOCIAL_FORCES))
            .expectEvents(new ContractTerminatedEvent(ID, ContractParty.CLIENT, TerminationGround.ANTI_SOCIAL_FORCES,
                MARCH_1, "Reorganisation", TerminationRules.survivingDuties(RECOMMENDED_TERMS, MARCH_1)));
    }

    @Test
    void givenNoAntiSocialForcesClause_whenTerminatedUnderIt_thenRefused() {
        fixture.given(active(silentOn(RECOMMENDED_TERMS)))
            .when(terminate(TerminationGround.ANTI_SOCIAL_FORCES))
            .expectNoEvents()
            .expectException(TerminationNotAllowedException.class);
    }

    @Test
    void givenNoTerminationClause_whenTerminatedByNotice_thenRefusedButMutualAgreementWorks() {
        fixture.given(active(silentOn(RECOMMENDED_TERMS)))
            .when(terminate(TerminationGround.NOTICE))
            .expectNoEvents()
            .expectException(TerminationNotAllowedException.class);
        fixture.given(active(silentOn(RECOMMENDED_TERMS)))
            .when(terminate(TerminationGround.MUTUAL_AGREEMENT))
            .expectEvents(new ContractTerminatedEvent(ID, ContractParty.CLIENT, TerminationGround.MUTUAL_AGREEMENT,
                MARCH_1, "Reorganisation", TerminationRules.survivingDuties(RECOMMENDED_TERMS, MARCH_1)));
    }

    @Test
    void givenDraft_whenTerminated_thenRefusedNamingTheState() {
        fixture.given(new ContractDraftCreatedEvent(ID, CLIENT, TITLE, BLUE_SKY, RECOMMENDED_TERMS))
            .when(terminate(TerminationGround.MUTUAL_AGREEMENT))
            .expectNoEvents()
            .expectException(ContractStateConflictException.class)
            .expectExceptionMessage("A draft contract cannot be terminated");
    }

    @Test
    void givenAssignmentProhibited_whenAssignedWithoutConsent_thenTheRefusalIsOnTheRecord() {
        fixture.given(active(RECOMMENDED_TERMS))
            .when(new RequestAssignmentCommand(ID, BLUE_SKY_AGENCY, ContractParty.PROVIDER, GREEN_LEAF, null, null))
            .expectSuccessfulHandlerExecution()
            .expectResultMessagePayload(AssignmentOutcome.REFUSED)
            .expectEvents(new AssignmentRefusedEvent(ID, ContractParty.PROVIDER, GREEN_LEAF, "agency-blue",
                "Assignment is prohibited by the contract, and no written consent of the counterparty is on record"))
            .expectState(contract -> {
                if (!contract.state().provider().equals(BLUE_SKY)) {
                    throw new AssertionError("The provider changed despite the refusal");
                }
            });
    }

    @Test
    void givenWrittenConsent_whenProviderAssignsItsPosition_thenTheProviderChanges() {
        fixture.given(active(RECOMMENDED_TERMS))
            .when(new RequestAssignmentCommand(ID, BLUE_SKY_AGENCY, ContractParty.PROVIDER, GREEN_LEAF, CONSENT, null))
            .expectResultMessagePayload(AssignmentOutcome.ASSIGNED)
            .expectEvents(new ContractAssignedEvent(ID, ContractParty.PROVIDER, GREEN_LEAF, CONSENT, "agency-blue"))
            .expectState(contract -> {
                if (!contract.state().provider().providerId().equals("agency-green")) {
                    throw new AssertionError("Expected the provider to be agency-green: " + contract.state());
                }
            });
    }

    @Test
    void givenAnotherAgency_whenItAssignsTheProvidersPosition_thenTheContractDoesNotExistForIt() {
        fixture.given(active(RECOMMENDED_TERMS))
            .when(new RequestAssignmentCommand(ID, RED_AGENCY, ContractParty.PROVIDER, GREEN_LEAF, CONSENT, null))
            .expectNoEvents()
            .expectException(ContractNotFoundException.class);
    }

    private static TerminateContractCommand terminate(TerminationGround ground) {
        return new TerminateContractCommand(ID, ALICE, ContractParty.CLIENT, ground, MARCH_1, "Reorganisation", null);
    }

    private static List<Object> active(ContractTerms terms) {
        return ContractFixtures.activeContractEvents(ID, terms);
    }

    /** The terms without termination, anti-social-forces and force-majeure clauses. */
    private static ContractTerms silentOn(ContractTerms t) {
        return new ContractTerms(t.scope(), t.fees(), t.term(), t.subcontracting(), t.personalData(),
            t.confidentiality(), t.rightsOwnership(), t.thirdPartyClaims(), null, null, t.damages(), t.amendments(),
            t.goodFaithConsultation(), t.assignment(), t.entireAgreement(), null, t.jurisdiction());
    }
}
