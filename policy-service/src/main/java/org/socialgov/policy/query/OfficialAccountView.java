package org.socialgov.policy.query;

import java.time.LocalDate;

import org.socialgov.policy.api.AccountPeriod;
import org.socialgov.policy.api.OfficialAccountStatus;
import org.socialgov.policy.api.SocialPlatform;

/**
 * An official account in one of its periods: the handle as the company registered it (for display), where it is,
 * what it is for, and from when until when it speaks for the company ({@code retiredOn} is null while no retirement
 * has been given).
 */
public record OfficialAccountView(String accountId, SocialPlatform platform, String handle, String url,
                                  String purpose, LocalDate since, LocalDate retiredOn) {

    static OfficialAccountView of(String accountId, SocialPlatform platform, AccountPeriod period) {
        return new OfficialAccountView(accountId, platform, period.handle(), period.url(), period.purpose(),
            period.since(), period.retiredOn());
    }

    public OfficialAccountStatus statusOn(LocalDate date) {
        return period().statusOn(date);
    }

    public boolean activeOn(LocalDate date) {
        return period().activeOn(date);
    }

    private AccountPeriod period() {
        return new AccountPeriod(handle, url, purpose, since, retiredOn, null);
    }
}
