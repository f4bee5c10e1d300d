package org.socialgov.policy;

import java.time.LocalDate;

import org.socialgov.policy.api.OfficialAccountRegisteredEvent;
import org.socialgov.policy.api.OfficialAccountRetiredEvent;
import org.socialgov.policy.api.RegisterOfficialAccountCommand;
import org.socialgov.policy.api.RetireOfficialAccountCommand;
import org.socialgov.policy.api.SocialPlatform;
import org.socialgov.policy.domain.OfficialAccountIds;

/** Acme's X account, @Acme, in the forms the tests register, retire and look it up in. */
public final class OfficialAccountFixtures {

    public static final String TENANT = "acme";
    public static final String HANDLE = "@Acme";
    public static final String URL = "https://x.com/Acme";
    public static final String PURPOSE = "Product news and answers to customers' questions";
    public static final LocalDate SINCE = LocalDate.of(2024, 4, 1);
    public static final LocalDate RETIRED_ON = LocalDate.of(2026, 3, 31);
    public static final String ACCOUNT_ID = OfficialAccountIds.of(TENANT, SocialPlatform.X, "acme");

    private OfficialAccountFixtures() {
    }

    public static RegisterOfficialAccountCommand register(String handle, String url, LocalDate since) {
        return new RegisterOfficialAccountCommand(OfficialAccountIds.forHandle(TENANT, SocialPlatform.X, handle),
            TENANT, SocialPlatform.X, handle, url, PURPOSE, since);
    }

    public static RegisterOfficialAccountCommand register() {
        return register(HANDLE, URL, SINCE);
    }

    public static OfficialAccountRegisteredEvent registered(LocalDate since) {
        return new OfficialAccountRegisteredEvent(ACCOUNT_ID, TENANT, SocialPlatform.X, "acme", HANDLE, URL, PURPOSE,
            since);
    }

    public static OfficialAccountRegisteredEvent registered() {
        return registered(SINCE);
    }

    public static RetireOfficialAccountCommand retire(LocalDate on) {
        return new RetireOfficialAccountCommand(ACCOUNT_ID, TENANT, on, "Moved to the new brand account");
    }

    public static OfficialAccountRetiredEvent retired(LocalDate on) {
        return new OfficialAccountRetiredEvent(ACCOUNT_ID, on, "Moved to the new brand account");
    }
}
