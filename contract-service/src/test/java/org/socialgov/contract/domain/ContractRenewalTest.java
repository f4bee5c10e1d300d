package org.socialgov.contract.domain;

import static org.socialgov.contract.ContractFixtures.ALICE;
import static org.socialgov.contract.ContractFixtures.BLUE_SKY_AGENCY;
import static org.socialgov.contract.ContractFixtures.CLIENT;
import static org.socialgov.contract.ContractFixtures.RECOMMENDED_TERMS;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.contract.api.AutoRenewal;
import org.socialgov.contract.api.ContractExpiredEvent;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.ContractRenewedEvent;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.GiveNonRenewalNoticeCommand;
import org.socialgov.contract.api.NonRenewalNoticeGivenEvent;
import org.socialgov.contract.api.ReachEndOfTermCommand;
import org.socialgov.contract.api.Term;

/** The end of the term: expiry, or renewal when auto-renewal is on and nobody gave notice in time. */
class ContractRenewalTest {

    private static final String ID = "c-1";
    private static final LocalDate END = LocalDate.of(2027, 12, 31);
    private static final Term RENEWING = new Term(LocalDate.of(2027, 1, 1), END, new AutoRenewal(12, 60));
    private static final Term FIXED = new Term(LocalDate.of(2027, 1, 1), END, null);

    private AggregateTestFixture<Contract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contract.class);
    }

    @Test
    void givenFixedTerm_whenTheTermIsOver_thenExpiredWithSurvivingDuties() {
        ContractTerms terms = RECOMMENDED_TERMS.withTerm(FIXED);
        fixture.given(active(terms))
            .when(new ReachEndOfTermCommand(ID, CLIENT, END.plusDays(1)))
            .expectEvents(new ContractExpiredEvent(ID, END, TerminationRules.survivingDuties(terms, END)))
            .expectState(contract -> {
                if (contract.state().status() != ContractStatus.EXPIRED) {
                    throw new AssertionError("Expected EXPIRED but was " + contract.state().status());
                }
            });
    }

    @Test
    void givenAutoRenewalAndNoNotice_whenTheTermIsOver_thenRenewedForTheRenewalPeriod() {
        fixture.given(active(RECOMMENDED_TERMS.withTerm(RENEWING)))
            .when(new ReachEndOfTermCommand(ID, CLIENT, END.plusDays(1)))
            .expectEvents(new ContractRenewedEvent(ID, END, END.plusMonths(12)));
    }

    @Test
    void givenServiceWasDownForYears_whenTheWatchCatchesUp_thenEveryMissedRenewalIsRecorded() {
        fixture.given(active(RECOMMENDED_TERMS.withTerm(RENEWING)))
            .when(new ReachEndOfTermCommand(ID, CLIENT, LocalDate.of(2030, 6, 1)))
            .expectEvents(new ContractRenewedEvent(ID, END, END.plusMonths(12)),
                new ContractRenewedEvent(ID, END.plusMonths(12), END.plusMonths(24)),
                new ContractRenewedEvent(ID, END.plusMonths(24), END.plusMonths(36)));
    }

    @Test
    void givenNoticeGivenInTime_whenTheTermIsOver_thenExpiredInsteadOfRenewed() {
        ContractTerms terms = RECOMMENDED_TERMS.withTerm(RENEWING);
        fixture.given(active(terms))
            .andGiven(new NonRenewalNoticeGivenEvent(ID, ContractParty.PROVIDER, END.minusDays(90)))
            .when(new ReachEndOfTermCommand(ID, CLIENT, END.plusDays(1)))
            .expectEvents(new ContractExpiredEvent(ID, END, TerminationRules.survivingDuties(terms, END)));
    }

    @Test
    void givenNoticePeriodOf60Days_whenNoticeGiven30DaysBeforeTheEnd_thenRefusedNamingTheDeadline() {
        fixture.given(active(RECOMMENDED_TERMS.withTerm(RENEWING)))
            .when(new GiveNonRenewalNoticeCommand(ID, ALICE, ContractParty.CLIENT, END.minusDays(30), null))
            .expectNoEvents()
            .expectException(ContractStateConflictException.class)
            .expectExceptionMessage("Notice of non-renewal was due by 2027-11-01; the contract will renew on 2028-01-01");
    }

    @Test
    void givenNoticeGivenInTime_whenGiven_thenOnTheRecord() {
        fixture.given(active(RECOMMENDED_TERMS.withTerm(RENEWING)))
            .when(new GiveNonRenewalNoticeCommand(ID, BLUE_SKY_AGENCY, ContractParty.PROVIDER, END.minusDays(61), null))
            .expectEvents(new NonRenewalNoticeGivenEvent(ID, ContractParty.PROVIDER, END.minusDays(61)));
    }

    @Test
    void givenTermNotOverYet_whenTheWatchAsks_thenNothingHappens() {
        fixture.given(active(RECOMMENDED_TERMS.withTerm(RENEWING)))
            .when(new ReachEndOfTermCommand(ID, CLIENT, END))
            .expectNoEvents();
    }

    private static List<Object> active(ContractTerms terms) {
        return ContractFixtures.activeContractEvents(ID, terms);
    }
}
