package org.socialgov.contract.domain;

import java.time.LocalDate;

import org.socialgov.contract.api.Term;

/**
 * Auto-renewal: at the end of its term an active contract renews for the renewal period, unless a party gave notice
 * at least the notice period before the end; notice given later is too late for this end.
 */
public final class RenewalRules {

    private RenewalRules() {
    }

    /** The last day on which notice of non-renewal still stops the coming renewal. */
    static LocalDate noticeDeadline(Term term) {
        return term.end().minusDays(term.autoRenewal().noticeDays());
    }

    /**
     * The renewal cancel-by date of a contract that may still renew itself: a draft or an active contract whose term
     * renews itself and against whose coming renewal no notice was given; null for any other (nothing to cancel).
     */
    public static LocalDate cancelBy(Term term, ContractStatus status, boolean noticeGiven) {
        boolean mayRenew = status == ContractStatus.DRAFT || status == ContractStatus.ACTIVE;
        return mayRenew && !noticeGiven && term != null && term.end() != null && term.autoRenewal() != null
            ? noticeDeadline(term) : null;
    }

    static void requireNoticeInTime(Term term, LocalDate givenOn) {
        if (term.autoRenewal() == null) {
            throw new ContractStateConflictException("The contract does not renew itself; no notice is needed");
        }
        if (givenOn.isAfter(noticeDeadline(term))) {
            throw new ContractStateConflictException("Notice of non-renewal was due by " + noticeDeadline(term)
                + "; the contract will renew on " + term.end().plusDays(1));
        }
    }

    static boolean renews(Term term, boolean noticeGiven) {
        return term.autoRenewal() != null && !noticeGiven;
    }

    static LocalDate nextEnd(Term term) {
        return term.end().plusMonths(term.autoRenewal().renewalMonths());
    }
}
