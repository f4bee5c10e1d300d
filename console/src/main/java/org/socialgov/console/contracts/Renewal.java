package org.socialgov.console.contracts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;

/**
 * The renewal cancel-by date of a contract and how near it is: the last day on which notice of non-renewal still
 * stops the coming renewal, the term's end less the notice period (as contract-service's RenewalRules reckons it;
 * the API does not return the date itself, and refuses later notice naming it).
 *
 * @param cancelBy  the cancel-by date, or null when the contract does not renew itself or has ended
 * @param noticeOn  when notice of non-renewal was given, if it was
 */
public record Renewal(@Nullable LocalDate cancelBy, @Nullable LocalDate noticeOn, LocalDate today) {

    private static final int SOON_DAYS = 30;

    static Renewal of(Contract contract, LocalDate today) {
        if (!"ACTIVE".equals(contract.status()) && !"DRAFT".equals(contract.status())) {
            return new Renewal(null, contract.nonRenewalNoticeGivenOn(), today);
        }
        LocalDate cancelBy = contract.element("term").map(Renewal::cancelBy).orElse(null);
        return new Renewal(cancelBy, contract.nonRenewalNoticeGivenOn(), today);
    }

    private static LocalDate cancelBy(Map<String, Object> term) {
        if (!(term.get("autoRenewal") instanceof Map<?, ?> renewal) || !(term.get("end") instanceof String end)
            || !(renewal.get("noticeDays") instanceof Number days)) {
            return null;
        }
        return LocalDate.parse(end).minusDays(days.longValue());
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
