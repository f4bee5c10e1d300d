package org.socialgov.contract.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.socialgov.contract.api.CancelByDateApproachingEvent;
import org.socialgov.contract.api.CancelByDatePassedEvent;
import org.socialgov.contract.api.ContractReminderLeadTimes;
import org.socialgov.contract.api.ContractRenewedEvent;
import org.socialgov.contract.api.TermEndApproachingEvent;
import org.socialgov.contract.api.Term;

/**
 * The deadline reminders a contract recorded, and those due now ({@link ContractDeadlines}). Part of the
 * {@link Contract} aggregate: its handlers see the contract's events.
 */
public class ContractReminders {

    /** Keys of the cancel-by reminders of the current term. */
    final Set<String> cancelByReminded = new TreeSet<>();
    /** Keys of the term-end reminders of the current term. */
    final Set<String> termEndReminded = new TreeSet<>();

    /** The reminder events due {@code today} for an active contract with this term. */
    List<Object> dueOn(String contractId, Term term, boolean noticeGiven, LocalDate today,
                       ContractReminderLeadTimes leadTimes) {
        if (term == null || term.end() == null) {
            return List.of();
        }
        LocalDate cancelBy = RenewalRules.cancelBy(term, ContractStatus.ACTIVE, noticeGiven);
        return new ContractDeadlines(cancelBy, term.end(), cancelByReminded, termEndReminded)
            .dueOn(today, leadTimes).stream()
            .map(due -> switch (due.deadline()) {
                case CANCEL_BY -> due.passed()
                    ? (Object) new CancelByDatePassedEvent(contractId, due.day(), term.end())
                    : new CancelByDateApproachingEvent(contractId, due.day(), due.daysLeft(), term.end());
                case TERM_END -> new TermEndApproachingEvent(contractId, due.day(), due.daysLeft(),
                    RenewalRules.renews(term, noticeGiven));
            })
            .toList();
    }

    @EventSourcingHandler
    void on(CancelByDateApproachingEvent event) {
        cancelByReminded.add(ContractDeadlines.key(event.cancelBy(), event.daysLeft()));
    }

    @EventSourcingHandler
    void on(CancelByDatePassedEvent event) {
        cancelByReminded.add(ContractDeadlines.key(event.cancelBy(), null));
    }

    @EventSourcingHandler
    void on(TermEndApproachingEvent event) {
        termEndReminded.add(ContractDeadlines.key(event.termEnd(), event.daysLeft()));
    }

    /** The deadlines moved on: what was recorded of the previous ones names days that are over. */
    @EventSourcingHandler
    void on(ContractRenewedEvent event) {
        cancelByReminded.clear();
        termEndReminded.clear();
    }
}
