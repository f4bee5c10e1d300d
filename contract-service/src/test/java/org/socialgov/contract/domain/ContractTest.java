package org.socialgov.contract.domain;

import static org.socialgov.contract.ContractFixtures.ALICE;
import static org.socialgov.contract.ContractFixtures.BLUE_SKY;
import static org.socialgov.contract.ContractFixtures.CLIENT;
import static org.socialgov.contract.ContractFixtures.GLOBEX_MANAGER;
import static org.socialgov.contract.ContractFixtures.RECOMMENDED_TERMS;
import static org.socialgov.contract.ContractFixtures.SILENT_TERMS;
import static org.socialgov.contract.ContractFixtures.TITLE;

import java.time.LocalDate;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.contract.api.ContractDraftCreatedEvent;
import org.socialgov.contract.api.ContractDraftReviewedEvent;
import org.socialgov.contract.api.ContractDraftWithdrawnEvent;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.ContractTermsRevisedEvent;
import org.socialgov.contract.api.ReviewContractDraftCommand;
import org.socialgov.contract.api.ReviseContractTermsCommand;
import org.socialgov.contract.api.Term;
import org.socialgov.contract.api.WithdrawContractDraftCommand;

class ContractTest {

    private static final String ID = "c-1";
    private static final ContractDraftCreatedEvent DRAFT_CREATED =
        new ContractDraftCreatedEvent(ID, CLIENT, TITLE, BLUE_SKY, RECOMMENDED_TERMS);
    private static final Term BACKWARDS = new Term(LocalDate.of(2027, 12, 31), LocalDate.of(2027, 1, 1), null);

    private AggregateTestFixture<Contract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contract.class);
    }

    @Test
    void givenNoContract_whenDraftCreated_thenDraftWithItsTermsIsRecorded() {
        fixture.givenNoPriorActivity()
            .when(ContractFixtures.createDraft(ID))
            .expectSuccessfulHandlerExecution()
            .expectEvents(DRAFT_CREATED)
            .expectState(contract -> {
                ContractState state = contract.state();
                if (state.status() != ContractStatus.DRAFT || !state.client().equals(CLIENT)) {
                    throw new AssertionError("Expected a draft of " + CLIENT + " but was " + state);
                }
            });
    }

    @Test
    void givenNoContract_whenDraftSaysNothingYet_thenItIsStillADraft() {
        fixture.givenNoPriorActivity()
            .when(ContractFixtures.createDraft(ID, SILENT_TERMS))
            .expectEvents(new ContractDraftCreatedEvent(ID, CLIENT, TITLE, BLUE_SKY, SILENT_TERMS));
    }

    @Test
    void givenNoContract_whenDraftEndsBeforeItStarts_thenRefused() {
        fixture.givenNoPriorActivity()
            .when(ContractFixtures.createDraft(ID, ContractFixtures.withTerm(BACKWARDS)))
            .expectNoEvents()
            .expectException(ContractTermInvalidException.class);
    }

    @Test
    void givenNoContract_whenDraftEndsOnTheDayItStarts_thenRefused() {
        Term oneDay = new Term(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), null);
        fixture.givenNoPriorActivity()
            .when(ContractFixtures.createDraft(ID, ContractFixtures.withTerm(oneDay)))
            .expectNoEvents()
            .expectException(ContractTermInvalidException.class);
    }

    @Test
    void givenDraft_whenTermsRevised_thenNewTermsAreRecorded() {
        fixture.given(DRAFT_CREATED)
            .when(new ReviseContractTermsCommand(ID, ALICE, SILENT_TERMS, null))
            .expectEvents(new ContractTermsRevisedEvent(ID, SILENT_TERMS))
            .expectState(contract -> {
                if (!contract.state().terms().equals(SILENT_TERMS)) {
                    throw new AssertionError("Terms were not replaced");
                }
            });
    }

    @Test
    void givenDraft_whenRevisedToEndBeforeItStarts_thenRefused() {
        fixture.given(DRAFT_CREATED)
            .when(new ReviseContractTermsCommand(ID, ALICE, ContractFixtures.withTerm(BACKWARDS), null))
            .expectNoEvents()
            .expectException(ContractTermInvalidException.class);
    }

    @Test
    void givenAnotherCompanysDraft_whenRevised_thenItDoesNotExistForTheCaller() {
        fixture.given(DRAFT_CREATED)
            .when(new ReviseContractTermsCommand(ID, GLOBEX_MANAGER, SILENT_TERMS, null))
            .expectNoEvents()
            .expectException(ContractNotFoundException.class);
    }

    @Test
    void givenDraft_whenWithdrawn_thenWithdrawnAndKeptOnRecord() {
        fixture.given(DRAFT_CREATED)
            .when(new WithdrawContractDraftCommand(ID, ALICE, null))
            .expectEvents(new ContractDraftWithdrawnEvent(ID))
            .expectState(contract -> {
                if (contract.state().status() != ContractStatus.WITHDRAWN) {
                    throw new AssertionError("Expected WITHDRAWN but was " + contract.state().status());
                }
            });
    }

    @Test
    void givenWithdrawnDraft_whenTermsRevised_thenRefusedNamingTheState() {
        fixture.given(DRAFT_CREATED, new ContractDraftWithdrawnEvent(ID))
            .when(new ReviseContractTermsCommand(ID, ALICE, SILENT_TERMS, null))
            .expectNoEvents()
            .expectException(ContractStateConflictException.class)
            .expectExceptionMessage("A withdrawn contract cannot have its terms revised");
    }

    @Test
    void givenWithdrawnDraft_whenWithdrawnAgain_thenRefused() {
        fixture.given(DRAFT_CREATED, new ContractDraftWithdrawnEvent(ID))
            .when(new WithdrawContractDraftCommand(ID, ALICE, null))
            .expectNoEvents()
            .expectException(ContractStateConflictException.class);
    }

    @Test
    void givenDraft_whenClientReviewsIt_thenTheChecklistFindingsAreRecorded() {
        fixture.given(new ContractDraftCreatedEvent(ID, CLIENT, TITLE, BLUE_SKY, SILENT_TERMS))
            .when(new ReviewContractDraftCommand(ID, ALICE, ContractParty.CLIENT, null))
            .expectEvents(new ContractDraftReviewedEvent(ID, ContractParty.CLIENT,
                new ContractReviewChecklist().review(SILENT_TERMS)));
    }

    @Test
    void givenDraftRevisedSinceTheCallerReadIt_whenWithdrawnWithTheOldVersion_thenRefusedBeforeAnyOtherRule() {
        fixture.given(DRAFT_CREATED, new ContractTermsRevisedEvent(ID, SILENT_TERMS), new ContractDraftWithdrawnEvent(ID))
            .when(new WithdrawContractDraftCommand(ID, ALICE, 0L))
            .expectNoEvents()
            .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void givenDraft_whenRevisedWithTheCurrentVersion_thenAccepted() {
        fixture.given(DRAFT_CREATED)
            .when(new ReviseContractTermsCommand(ID, ALICE, SILENT_TERMS, 0L))
            .expectEvents(new ContractTermsRevisedEvent(ID, SILENT_TERMS));
    }

    @Test
    void givenWithdrawnDraft_whenReviewed_thenRefused() {
        fixture.given(DRAFT_CREATED, new ContractDraftWithdrawnEvent(ID))
            .when(new ReviewContractDraftCommand(ID, ALICE, ContractParty.CLIENT, null))
            .expectNoEvents()
            .expectException(ContractStateConflictException.class);
    }
}
