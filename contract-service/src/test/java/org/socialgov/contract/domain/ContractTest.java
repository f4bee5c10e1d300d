package org.socialgov.contract.domain;

import static org.socialgov.contract.ContractFixtures.BLUE_SKY;
import static org.socialgov.contract.ContractFixtures.CLIENT;
import static org.socialgov.contract.ContractFixtures.EUR_2500_A_MONTH;
import static org.socialgov.contract.ContractFixtures.TWELVE_POSTS_ON_X_AND_INSTAGRAM;
import static org.socialgov.contract.ContractFixtures.YEAR_2027;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.contract.api.ContractDraftCreatedEvent;
import org.socialgov.contract.api.Term;

class ContractTest {

    private AggregateTestFixture<Contract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contract.class);
    }

    @Test
    void givenNoContract_whenDraftCreated_thenDraftWithItsTermsIsRecorded() {
        fixture.givenNoPriorActivity()
            .when(ContractFixtures.createDraft("c-1"))
            .expectSuccessfulHandlerExecution()
            .expectEvents(new ContractDraftCreatedEvent("c-1", CLIENT, "Social media operations 2027", BLUE_SKY,
                TWELVE_POSTS_ON_X_AND_INSTAGRAM, EUR_2500_A_MONTH, YEAR_2027))
            .expectState(contract -> {
                ContractState state = contract.state();
                if (state.status() != ContractStatus.DRAFT || !state.client().equals(CLIENT)) {
                    throw new AssertionError("Expected a draft of " + CLIENT + " but was " + state);
                }
            });
    }

    @Test
    void givenNoContract_whenDraftEndsBeforeItStarts_thenRefused() {
        Term backwards = new Term(LocalDate.of(2027, 12, 31), LocalDate.of(2027, 1, 1));
        fixture.givenNoPriorActivity()
            .when(ContractFixtures.createDraft("c-1", backwards))
            .expectNoEvents()
            .expectException(ContractTermInvalidException.class);
    }

    @Test
    void givenNoContract_whenDraftEndsOnTheDayItStarts_thenRefused() {
        Term oneDay = new Term(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1));
        fixture.givenNoPriorActivity()
            .when(ContractFixtures.createDraft("c-1", oneDay))
            .expectNoEvents()
            .expectException(ContractTermInvalidException.class);
    }
}
