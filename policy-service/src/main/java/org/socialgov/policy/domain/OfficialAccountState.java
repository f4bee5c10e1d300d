package org.socialgov.policy.domain;

import java.util.List;

import org.socialgov.policy.api.AccountPeriod;
import org.socialgov.policy.api.SocialPlatform;

/** An official account as its events left it: every period it was official, the latest last. */
public record OfficialAccountState(String accountId, String tenant, SocialPlatform platform, String normalisedHandle,
                                   List<AccountPeriod> periods) {

    public OfficialAccountState {
        periods = List.copyOf(periods);
    }

    public AccountPeriod latest() {
        return periods.get(periods.size() - 1);
    }
}
