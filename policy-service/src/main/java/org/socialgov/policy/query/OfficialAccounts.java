package org.socialgov.policy.query;

import static com.mongodb.client.model.Filters.eq;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Singleton;
import org.bson.Document;
import org.socialgov.platform.axon.AggregateReader;
import org.socialgov.platform.axon.NoSuchAggregateException;
import org.socialgov.policy.api.AccountPeriod;
import org.socialgov.policy.api.OfficialAccountStatus;
import org.socialgov.policy.api.SocialPlatform;
import org.socialgov.policy.domain.OfficialAccount;
import org.socialgov.policy.domain.HandleNormalization;
import org.socialgov.policy.domain.OfficialAccountIds;
import org.socialgov.policy.domain.OfficialAccountState;

/**
 * The company's official accounts, for its staff, its public page and, later, the incident service. Lists come
 * from the {@code official_accounts} read model (and may trail a change by a moment); one account, and the lookup
 * of a handle, come from the account's own events, so they are current right after a change (ARCHITECTURE.md,
 * decision 1).
 */
@Singleton
public class OfficialAccounts {

    private static final Comparator<OfficialAccountView> ORDER = Comparator
        .comparing(OfficialAccountView::platform).thenComparing(view -> view.handle().toLowerCase(Locale.ROOT));

    private final OfficialAccountReadModel readModel;
    private final AggregateReader aggregateReader;

    public OfficialAccounts(OfficialAccountReadModel readModel, AggregateReader aggregateReader) {
        this.readModel = readModel;
        this.aggregateReader = aggregateReader;
    }

    /** The accounts that speak for the company on that day, each as it was registered for that day. */
    public List<OfficialAccountView> activeOn(String tenant, LocalDate date) {
        List<OfficialAccountView> active = new ArrayList<>();
        // A company has a handful of accounts: reading them all and choosing here is cheaper than a query the
        // embedded store would answer by scanning anyway.
        readModel.collection().find(eq(OfficialAccountReadModel.TENANT, tenant)).forEach(account ->
            periods(account).stream().filter(period -> period.activeOn(date)).findFirst()
                .ifPresent(period -> active.add(OfficialAccountView.of(account.getString(OfficialAccountReadModel.ID),
                    SocialPlatform.valueOf(account.getString(OfficialAccountReadModel.PLATFORM)), period))));
        active.sort(ORDER);
        return List.copyOf(active);
    }

    /** Every account the company registered, as last registered; only those in that status on that day if given. */
    public List<OfficialAccountView> list(String tenant, OfficialAccountStatus status, LocalDate date) {
        List<OfficialAccountView> accounts = new ArrayList<>();
        readModel.collection().find(eq(OfficialAccountReadModel.TENANT, tenant)).forEach(account -> {
            List<AccountPeriod> periods = periods(account);
            if (periods.isEmpty()) {
                // Created, but its first registration not yet applied (a crash in between): redelivery completes it.
                return;
            }
            OfficialAccountView latest = OfficialAccountView.of(account.getString(OfficialAccountReadModel.ID),
                SocialPlatform.valueOf(account.getString(OfficialAccountReadModel.PLATFORM)),
                periods.get(periods.size() - 1));
            if (status == null || latest.statusOn(date) == status) {
                accounts.add(latest);
            }
        });
        accounts.sort(ORDER);
        return List.copyOf(accounts);
    }

    /** One of the company's accounts, as last registered; empty if it has none by that identifier. */
    public Optional<OfficialAccountView> find(String tenant, String accountId) {
        return read(tenant, accountId).map(account -> OfficialAccountView.of(account.accountId(), account.platform(),
            account.latest()));
    }

    /**
     * The company's account with this handle on the platform, as last registered, whether or not it is official
     * today; the handle may be in any form (@Handle, profile URL). Refused (422) if it is no handle at all.
     */
    public Optional<OfficialAccountView> lookup(String tenant, SocialPlatform platform, String anyHandleForm) {
        return find(tenant, OfficialAccountIds.forHandle(tenant, platform, anyHandleForm));
    }

    /** Whether the handle, in any form, is an official account of the company on that day, and which. */
    public HandleLookup lookupOn(String tenant, SocialPlatform platform, String anyHandleForm, LocalDate date) {
        String normalised = HandleNormalization.normalise(platform, anyHandleForm);
        Optional<OfficialAccountState> account = read(tenant, OfficialAccountIds.of(tenant, platform, normalised));
        Optional<AccountPeriod> official = account.flatMap(registered -> registered.periods().stream()
            .filter(period -> period.activeOn(date)).findFirst());
        OfficialAccountView view = account.map(registered -> OfficialAccountView.of(registered.accountId(),
            registered.platform(), official.orElse(registered.latest()))).orElse(null);
        return new HandleLookup(normalised, date, official.isPresent(), view);
    }

    private Optional<OfficialAccountState> read(String tenant, String accountId) {
        try {
            OfficialAccountState account = aggregateReader.read(OfficialAccount.class, accountId,
                OfficialAccount::state).value();
            // Another company's account does not exist as far as this one can tell.
            return account.tenant().equals(tenant) ? Optional.of(account) : Optional.empty();
        } catch (NoSuchAggregateException e) {
            return Optional.empty();
        }
    }

    private static List<AccountPeriod> periods(Document account) {
        return account.getList(OfficialAccountReadModel.PERIODS, Document.class).stream()
            .map(period -> new AccountPeriod(period.getString(OfficialAccountReadModel.HANDLE),
                period.getString(OfficialAccountReadModel.URL), period.getString(OfficialAccountReadModel.PURPOSE),
                OfficialAccountReadModel.date(period.getString(OfficialAccountReadModel.SINCE)),
                OfficialAccountReadModel.date(period.getString(OfficialAccountReadModel.RETIRED_ON)), null))
            .toList();
    }
}
