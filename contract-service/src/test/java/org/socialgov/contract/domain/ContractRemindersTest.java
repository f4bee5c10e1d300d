package org.socialgov.contract.domain;

import static org.socialgov.contract.ContractFixtures.CLIENT;
import static org.socialgov.contract.ContractFixtures.RECOMMENDED_TERMS;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.contract.api.AutoRenewal;
import org.socialgov.contract.api.CancelByDateApproachingEvent;
import org.socialgov.contract.api.CancelByDatePassedEvent;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.ContractReminderLeadTimes;
import org.socialgov.contract.api.ContractRenewedEvent;
import org.socialgov.contract.api.ContractTerminatedEvent;
import org.socialgov.contract.api.NonRenewalNoticeGivenEvent;
import org.socialgov.contract.api.RemindOfDeadlinesCommand;
import org.socialgov.contract.api.Term;
import org.socialgov.contract.api.TermEndApproachingEvent;
import org.socialgov.contract.api.TerminationGround;

/**
 * Reminders of an active contract's renewal cancel-by date and of its term's end: 90, 30 and 7 days left (the
 * deadline's own day counted), the cancel-by date also once passed, each recorded once per deadline.
 */
class ContractRemindersTest {

    private static final String ID = "c-1";
    private static final LocalDate END = LocalDate.of(2027, 12, 31);
    /** 60 days' notice before 2027-12-31: notice given on 2027-11-01 still stops the renewal. */
    private static final LocalDate CANCEL_BY = LocalDate.of(2027, 11, 1);
    private static final Term RENEWING = new Term(LocalDate.of(2027, 1, 1), END, new AutoRenewal(12, 60));
    private static final Term FIXED = new Term(LocalDate.of(2027, 1, 1), END, null);
    private static final ContractReminderLeadTimes NINETY_THIRTY_SEVEN =
        new ContractReminderLeadTimes(List.of(90, 30, 7), List.of(90, 30, 7));

    private AggregateTestFixture<Contract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contract.class);
    }

    @Test
    void givenMoreThan90DaysLeft_whenTheWatchAsks_thenNothingIsRecorded() {
        given(RENEWING).when(remind(CANCEL_BY.minusDays(90))).expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void given90DaysLeftToTheCancelByDate_whenTheWatchAsks_thenItsApproachIsRecorded() {
        given(RENEWING).when(remind(CANCEL_BY.minusDays(89)))
            .expectEvents(new CancelByDateApproachingEvent(ID, CANCEL_BY, 90, END));
    }

    @Test
    void givenTheWarningRecorded_whenTheWatchAsksAgain_thenNothingMoreIsRecorded() {
        given(RENEWING).andGiven(new CancelByDateApproachingEvent(ID, CANCEL_BY, 90, END))
            .when(remind(CANCEL_BY.minusDays(88)))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenTheWatchLatePastSeveralLeadTimes_whenItAsks_thenOnlyTheMostUrgentOfEachDeadline() {
        given(RENEWING).when(remind(CANCEL_BY.minusDays(2)))
            .expectEvents(new CancelByDateApproachingEvent(ID, CANCEL_BY, 7, END),
                new TermEndApproachingEvent(ID, END, 90, true));
    }

    @Test
    void givenTheCancelByDatePassedWithoutNotice_whenTheWatchAsks_thenItsPassingIsRecordedOnce() {
        given(RENEWING).andGiven(new CancelByDateApproachingEvent(ID, CANCEL_BY, 7, END),
                new TermEndApproachingEvent(ID, END, 90, true))
            .when(remind(CANCEL_BY.plusDays(1)))
            .expectEvents(new CancelByDatePassedEvent(ID, CANCEL_BY, END));
        fixture.given(ContractFixtures.activeContractEvents(ID, RECOMMENDED_TERMS.withTerm(RENEWING)))
            .andGiven(new CancelByDatePassedEvent(ID, CANCEL_BY, END), new TermEndApproachingEvent(ID, END, 90, true))
            .when(remind(CANCEL_BY.plusDays(5)))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenTheCancelByDateItself_whenTheWatchAsks_thenNoticeStillCountsAndItIsNotPassed() {
        given(RENEWING).andGiven(new CancelByDateApproachingEvent(ID, CANCEL_BY, 7, END),
                new TermEndApproachingEvent(ID, END, 90, true))
            .when(remind(CANCEL_BY))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenNoticeOfNonRenewalGiven_whenTheCancelByDateNears_thenOnlyTheTermEndIsReminded() {
        given(RENEWING).andGiven(new NonRenewalNoticeGivenEvent(ID, ContractParty.PROVIDER, CANCEL_BY.minusDays(40)))
            .when(remind(CANCEL_BY.minusDays(2)))
            .expectEvents(new TermEndApproachingEvent(ID, END, 90, false));
    }

    @Test
    void givenFixedTerm_whenSevenDaysAreLeft_thenTheTermEndIsRemindedAndNoCancelByDate() {
        given(FIXED).andGiven(new TermEndApproachingEvent(ID, END, 30, false))
            .when(remind(END.minusDays(6)))
            .expectEvents(new TermEndApproachingEvent(ID, END, 7, false));
    }

    @Test
    void givenTheTermOverBeforeTheWatchEndedIt_whenItAsks_thenNoReminderOfTheTermEnd() {
        given(FIXED).andGiven(new TermEndApproachingEvent(ID, END, 7, false))
            .when(remind(END.plusDays(1)))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenTheContractRenewed_whenTheNewCancelByDateNears_thenItIsRemindedAgain() {
        LocalDate newEnd = END.plusMonths(12);
        LocalDate newCancelBy = newEnd.minusDays(60);
        given(RENEWING).andGiven(new CancelByDatePassedEvent(ID, CANCEL_BY, END),
                new TermEndApproachingEvent(ID, END, 7, true), new ContractRenewedEvent(ID, END, newEnd))
            .when(remind(newCancelBy.minusDays(89)))
            .expectEvents(new CancelByDateApproachingEvent(ID, newCancelBy, 90, newEnd));
    }

    @Test
    void givenOtherLeadTimesConfigured_whenReached_thenTheirWarningsAreRecorded() {
        given(RENEWING)
            .when(new RemindOfDeadlinesCommand(ID, CLIENT, CANCEL_BY.minusDays(13),
                new ContractReminderLeadTimes(List.of(14), List.of())))
            .expectEvents(new CancelByDateApproachingEvent(ID, CANCEL_BY, 14, END));
    }

    @Test
    void givenATerminatedContract_whenTheWatchAsks_thenNothingIsRecorded() {
        given(RENEWING).andGiven(new ContractTerminatedEvent(ID, ContractParty.CLIENT,
                TerminationGround.MUTUAL_AGREEMENT, CANCEL_BY.minusDays(60), "Both agree", List.of()))
            .when(remind(CANCEL_BY.minusDays(2)))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenADraft_whenTheWatchAsks_thenNothingIsRecorded() {
        fixture.given(ContractFixtures.activeContractEvents(ID, RECOMMENDED_TERMS.withTerm(RENEWING)).get(0))
            .when(remind(CANCEL_BY.minusDays(2)))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenAnotherCompanysContract_whenAskedForItsReminders_thenNotFound() {
        given(RENEWING)
            .when(new RemindOfDeadlinesCommand(ID, "globex", CANCEL_BY.minusDays(2), NINETY_THIRTY_SEVEN))
            .expectNoEvents()
            .expectException(ContractNotFoundException.class);
    }

    private TestExecutor<Contract> given(Term term) {
        return fixture.given(ContractFixtures.activeContractEvents(ID, RECOMMENDED_TERMS.withTerm(term)));
    }

    private static RemindOfDeadlinesCommand remind(LocalDate today) {
        return new RemindOfDeadlinesCommand(ID, CLIENT, today, NINETY_THIRTY_SEVEN);
    }
}
