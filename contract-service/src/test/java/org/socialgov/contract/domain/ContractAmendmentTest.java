package org.socialgov.contract.domain;

import static org.socialgov.contract.ContractFixtures.ALICE;
import static org.socialgov.contract.ContractFixtures.BLUE_SKY_AGENCY;
import static org.socialgov.contract.ContractFixtures.RECOMMENDED_TERMS;
import static org.socialgov.contract.ContractFixtures.SILENT_TERMS;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.contract.api.AmendmentAcceptedEvent;
import org.socialgov.contract.api.AmendmentDecision;
import org.socialgov.contract.api.AmendmentProposedEvent;
import org.socialgov.contract.api.AmendmentRejectedEvent;
import org.socialgov.contract.api.AmendmentWithdrawnEvent;
import org.socialgov.contract.api.ContractActor;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.DamagesCapKind;
import org.socialgov.contract.api.DamagesClause;
import org.socialgov.contract.api.DecideAmendmentCommand;
import org.socialgov.contract.api.ProposeAmendmentCommand;

/** Amendments by written agreement of both parties, each accepted one a new numbered version. */
class ContractAmendmentTest {

    private static final String ID = "c-1";
    private static final LocalDate JULY = LocalDate.of(2027, 7, 1);
    private static final ContractTerms SIX_MONTHS_CAP = new ContractTerms(RECOMMENDED_TERMS.scope(),
        RECOMMENDED_TERMS.fees(), RECOMMENDED_TERMS.term(), RECOMMENDED_TERMS.subcontracting(),
        RECOMMENDED_TERMS.personalData(), RECOMMENDED_TERMS.confidentiality(), RECOMMENDED_TERMS.rightsOwnership(),
        RECOMMENDED_TERMS.thirdPartyClaims(), RECOMMENDED_TERMS.termination(), RECOMMENDED_TERMS.antiSocialForces(),
        new DamagesClause(DamagesCapKind.MONTHS_OF_FEES, 6, null), RECOMMENDED_TERMS.amendments(),
        RECOMMENDED_TERMS.goodFaithConsultation(), RECOMMENDED_TERMS.assignment(), RECOMMENDED_TERMS.entireAgreement(),
        RECOMMENDED_TERMS.forceMajeure(), RECOMMENDED_TERMS.jurisdiction());
    private static final AmendmentProposedEvent PROPOSED_BY_PROVIDER = new AmendmentProposedEvent(ID, 1,
        ContractParty.PROVIDER, "agency-blue", SIX_MONTHS_CAP, JULY);

    private AggregateTestFixture<Contract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contract.class);
    }

    @Test
    void givenActiveContract_whenProviderProposesNewTerms_thenAmendmentOneIsOpen() {
        fixture.given(active())
            .when(new ProposeAmendmentCommand(ID, BLUE_SKY_AGENCY, ContractParty.PROVIDER, SIX_MONTHS_CAP, JULY,
                null))
            .expectEvents(PROPOSED_BY_PROVIDER);
    }

    @Test
    void givenAmendedTermsWithBlockingFindings_whenProposed_thenRefused() {
        fixture.given(active())
            .when(new ProposeAmendmentCommand(ID, ALICE, ContractParty.CLIENT, SILENT_TERMS, JULY, null))
            .expectNoEvents()
            .expectException(ContractNotSignableException.class);
    }

    @Test
    void givenOpenAmendment_whenClientAccepts_thenTermsChangeAsVersionTwo() {
        fixture.given(active())
            .andGiven(PROPOSED_BY_PROVIDER)
            .when(decide(ContractParty.CLIENT, ALICE, AmendmentDecision.ACCEPT))
            .expectEvents(new AmendmentAcceptedEvent(ID, 1, ContractParty.CLIENT, "alice", 2, JULY))
            .expectState(contract -> {
                if (!contract.state().terms().equals(SIX_MONTHS_CAP) || contract.state().versions().size() != 2) {
                    throw new AssertionError("Expected the amended terms as version 2: " + contract.state());
                }
            });
    }

    @Test
    void givenOpenAmendment_whenTheProposerAcceptsItsOwn_thenRefused() {
        fixture.given(active())
            .andGiven(PROPOSED_BY_PROVIDER)
            .when(decide(ContractParty.PROVIDER, BLUE_SKY_AGENCY, AmendmentDecision.ACCEPT))
            .expectNoEvents()
            .expectException(ContractStateConflictException.class);
    }

    @Test
    void givenOpenAmendment_whenClientRejects_thenTermsStay() {
        fixture.given(active())
            .andGiven(PROPOSED_BY_PROVIDER)
            .when(decide(ContractParty.CLIENT, ALICE, AmendmentDecision.REJECT))
            .expectEvents(new AmendmentRejectedEvent(ID, 1, ContractParty.CLIENT, "alice", "Too risky"))
            .expectState(contract -> {
                if (!contract.state().terms().equals(RECOMMENDED_TERMS) || contract.state().openAmendment() != null) {
                    throw new AssertionError("Terms changed after a rejection: " + contract.state());
                }
            });
    }

    @Test
    void givenOpenAmendment_whenTheProposerWithdrawsIt_thenClosed() {
        fixture.given(active())
            .andGiven(PROPOSED_BY_PROVIDER)
            .when(decide(ContractParty.PROVIDER, BLUE_SKY_AGENCY, AmendmentDecision.WITHDRAW))
            .expectEvents(new AmendmentWithdrawnEvent(ID, 1, ContractParty.PROVIDER, "agency-blue"));
    }

    @Test
    void givenOpenAmendment_whenAnotherIsProposed_thenRefused() {
        fixture.given(active())
            .andGiven(PROPOSED_BY_PROVIDER)
            .when(new ProposeAmendmentCommand(ID, ALICE, ContractParty.CLIENT, SIX_MONTHS_CAP, JULY, null))
            .expectNoEvents()
            .expectException(ContractStateConflictException.class)
            .expectExceptionMessage("Amendment 1 is still open; it must be accepted, rejected or withdrawn first");
    }

    private static DecideAmendmentCommand decide(ContractParty party, ContractActor actor,
                                                 AmendmentDecision decision) {
        return new DecideAmendmentCommand(ID, actor, 1, party, decision, "Too risky", null);
    }

    private static List<Object> active() {
        return ContractFixtures.activeContractEvents(ID, RECOMMENDED_TERMS);
    }
}
