package org.socialgov.console.contracts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.micronaut.core.annotation.Nullable;

/**
 * The renewal cancel-by date of a contract and how near it is: the last day on which notice of non-renewal still
 * stops the coming renewal, as the API says it (contract-service reckons it by the contract's own rule).
 *
 * @param cancelBy  the cancel-by date, or null when the contract does not renew itself or can no longer renew
 * @param noticeOn  when notice of non-renewal was given, if it was (known on the contract page, not in the list)
 */
public record Renewal(@Nullable LocalDate cancelBy, @Nullable LocalDate noticeOn, LocalDate today) {

    private static final int SOON_DAYS = 30;

    static Renewal of(Contract contract, LocalDate today) {
        return new Renewal(contract.cancelBy(), contract.nonRenewalNoticeGivenOn(), today);
    }

    static Renewal of(ContractList.Summary summary, LocalDate today) {
        return new Renewal(summary.cancelBy(), null, today);
    }
    /** How near the date is, in words: "in 12 days", "today", "passed"; or that notice was given. */
    public String nearness() {
        if (noticeOn != null) {
            return "notice given";
        }
        if (cancelBy == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, cancelBy);
        if (days < 0) {
            return "passed";
        }
        return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    }

    /** Near enough to act on: not passed, no notice given yet, within {@value #SOON_DAYS} days. */
    public boolean soon() {
        return noticeOn == null && cancelBy != null && !today.isAfter(cancelBy)
            && ChronoUnit.DAYS.between(today, cancelBy) <= SOON_DAYS;
    }

    /** Whether notice of non-renewal may still be given today. */
    public boolean noticeStillPossible() {
        return noticeOn == null && cancelBy != null && !today.isAfter(cancelBy);
    }
}
