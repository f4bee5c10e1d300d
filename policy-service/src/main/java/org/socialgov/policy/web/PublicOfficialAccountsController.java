package org.socialgov.policy.web;

import java.time.Clock;
import java.time.LocalDate;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.socialgov.policy.query.OfficialAccounts;
import org.socialgov.policy.web.generated.api.OfficialAccountsPublicApi;
import org.socialgov.policy.web.generated.model.PublicOfficialAccountList;

/**
 * The company's official accounts as its published policy lists them, for anyone: the policy publishes them so
 * that the public can tell the company's voice from impersonators. Only the accounts active today, and only what
 * the public page shows.
 */
@Controller
public class PublicOfficialAccountsController implements OfficialAccountsPublicApi {

    private final OfficialAccounts accounts;
    private final Clock clock;

    public PublicOfficialAccountsController(OfficialAccounts accounts, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public PublicOfficialAccountList listPublicOfficialAccounts(String tenant) {
        return new PublicOfficialAccountList(accounts.activeOn(tenant, LocalDate.now(clock)).stream()
            .map(OfficialAccountModelMapper::toPublicModel).toList());
    }
}
