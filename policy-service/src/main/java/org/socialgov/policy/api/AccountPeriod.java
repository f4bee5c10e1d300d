package org.socialgov.policy.api;

import java.time.LocalDate;

/**
 * One stretch of time during which a handle was an official account of the company, with what it was registered
 * as then. An account is official from its {@code since} date (inclusive) until its retirement date (exclusive):
 * a post made on the day of retirement is no longer an official one.
 */
public record AccountPeriod(String handle, String url, String purpose, LocalDate since, LocalDate retiredOn,
                            String retirementReason) {

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(since) && (retiredOn == null || date.isBefore(retiredOn));
    }

    public OfficialAccountStatus statusOn(LocalDate date) {
        if (date.isBefore(since)) {
            return OfficialAccountStatus.SCHEDULED;
        }
        return activeOn(date) ? OfficialAccountStatus.ACTIVE : OfficialAccountStatus.RETIRED;
    }

    public AccountPeriod retired(LocalDate on, String reason) {
        return new AccountPeriod(handle, url, purpose, since, on, reason);
    }
}
