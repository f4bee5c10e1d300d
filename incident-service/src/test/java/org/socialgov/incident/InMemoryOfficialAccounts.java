package org.socialgov.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.socialgov.incident.api.SocialPlatform;
import org.socialgov.incident.domain.OfficialAccountHandle;
import org.socialgov.incident.domain.OfficialAccounts;
import org.socialgov.platform.upstream.UpstreamBehindException;
import org.socialgov.platform.upstream.UpstreamFeed;

/**
 * Official accounts for aggregate tests: Acme's @AcmeHelp on X, official since 2020, plus what a test registers;
 * an account registered "late" is known only once the view is confirmed, as when policy-service recorded it a
 * moment ago.
 */
public final class InMemoryOfficialAccounts implements OfficialAccounts {

    public static final OfficialAccountHandle ACME_HELP = new OfficialAccountHandle(SocialPlatform.X, "acmehelp",
        "@AcmeHelp");

    private final List<Period> seen = new ArrayList<>(List.of(new Period(ACME_HELP, LocalDate.of(2020, 1, 1),
        null)));
    private final List<Period> recordedLate = new ArrayList<>();
    private boolean reachable = true;

    public InMemoryOfficialAccounts official(OfficialAccountHandle account, LocalDate since, LocalDate retiredOn) {
        seen.add(new Period(account, since, retiredOn));
        return this;
    }

    public InMemoryOfficialAccounts officialRecordedLate(OfficialAccountHandle account, LocalDate since) {
        recordedLate.add(new Period(account, since, null));
        return this;
    }

    /** policy-service's record cannot be read to confirm anything. */
    public InMemoryOfficialAccounts unreachable() {
        reachable = false;
        return this;
    }

    @Override
    public List<OfficialAccountHandle> activeOn(String tenant, LocalDate day) {
        return activeOn(seen, day);
    }

    @Override
    public List<OfficialAccountHandle> confirmedActiveOn(String tenant, LocalDate day) {
        if (!reachable) {
            throw new UpstreamBehindException(new UpstreamFeed("official-account-facts", "policy-service",
                "policy-service"));
        }
        List<Period> all = new ArrayList<>(seen);
        all.addAll(recordedLate);
        return activeOn(all, day);
    }

    private static List<OfficialAccountHandle> activeOn(List<Period> periods, LocalDate day) {
        return periods.stream()
            .filter(period -> !day.isBefore(period.since())
                && (period.retiredOn() == null || day.isBefore(period.retiredOn())))
            .map(Period::account)
            .toList();
    }

    private record Period(OfficialAccountHandle account, LocalDate since, LocalDate retiredOn) {
    }
}
