package org.socialgov.contract.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.contract.api.CancelByDateApproachingEvent;
import org.socialgov.contract.api.ContractActivatedEvent;
import org.socialgov.contract.api.ContractDraftCreatedEvent;
import org.socialgov.contract.api.ContractReminderLeadTimes;
import org.socialgov.contract.api.ContractRenewedEvent;
import org.socialgov.contract.api.TermEndApproachingEvent;
import org.socialgov.contract.domain.ContractDeadlines;
import org.socialgov.contract.domain.ContractDeadlines.Deadline;
import org.socialgov.contract.domain.ContractDeadlines.Due;
import org.socialgov.testsupport.TestStore;

/**
 * What the deadline watch reads of the summaries: the active contracts with a deadline near, and the reminders they
 * recorded, so that it asks a contract only for a reminder it has not recorded.
 */
class ActiveContractsTest {

    private static final LocalDate END = LocalDate.of(2027, 12, 31);
    private static final LocalDate CANCEL_BY = LocalDate.of(2027, 11, 1);
    private static final ContractReminderLeadTimes LEAD_TIMES =
        new ContractReminderLeadTimes(List.of(90, 30, 7), List.of(90, 30, 7));

    @TempDir
    Path dataDir;
    private TestStore store;
    private ContractSummaryProjection projection;
    private ActiveContracts activeContracts;

    @BeforeEach
    void setUp() {
        store = TestStore.start(dataDir);
        ContractSummaries summaries = new ContractSummaries(store.database("contract-service"));
        projection = new ContractSummaryProjection(summaries, new ContractListOrdinals(summaries));
        activeContracts = new ActiveContracts(summaries);
        projection.on(new ContractDraftCreatedEvent("c-1", "acme", ContractFixtures.TITLE, ContractFixtures.BLUE_SKY,
            ContractFixtures.RECOMMENDED_TERMS), 0);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void givenADraft_whenTheWatchLooks_thenItIsNotAmongTheActiveContracts() {
        assertEquals(List.of(), activeContracts.withDeadlineBefore(END.plusDays(1)));
    }

    @Test
    void givenAnActiveContractFarFromItsDeadlines_whenTheWatchLooks_thenItIsNotRead() {
        projection.on(new ContractActivatedEvent("c-1", LocalDate.of(2027, 1, 1)), 1);
        assertEquals(List.of(), activeContracts.withDeadlineBefore(CANCEL_BY));
    }

    @Test
    void givenTheRemindersDueRecorded_whenTheWatchLooks_thenNoneIsDueAnyMore() {
        projection.on(new ContractActivatedEvent("c-1", LocalDate.of(2027, 1, 1)), 1);
        LocalDate today = CANCEL_BY.minusDays(2);
        assertEquals(List.of(new Due(Deadline.CANCEL_BY, CANCEL_BY, 7), new Due(Deadline.TERM_END, END, 90)),
            dueOn(today));

        projection.on(new CancelByDateApproachingEvent("c-1", CANCEL_BY, 7, END), 2);
        projection.on(new TermEndApproachingEvent("c-1", END, 90, true), 3);

        assertEquals(List.of(), dueOn(today));
    }

    @Test
    void givenTheContractRenewed_whenTheWatchLooks_thenTheNewDeadlinesHaveNoRemindersYet() {
        projection.on(new ContractActivatedEvent("c-1", LocalDate.of(2027, 1, 1)), 1);
        projection.on(new CancelByDateApproachingEvent("c-1", CANCEL_BY, 7, END), 2);
        projection.on(new ContractRenewedEvent("c-1", END, END.plusMonths(12)), 3);

        ContractDeadlines deadlines = activeContracts.withDeadlineBefore(END.plusYears(1)).get(0).deadlines();
        assertEquals(new ContractDeadlines(LocalDate.of(2028, 11, 1), END.plusMonths(12), Set.of(),
            Set.of()), deadlines);
    }

    private List<Due> dueOn(LocalDate today) {
        return activeContracts.withDeadlineBefore(today.plusDays(LEAD_TIMES.longestDays())).get(0).deadlines()
            .dueOn(today, LEAD_TIMES);
    }
}
