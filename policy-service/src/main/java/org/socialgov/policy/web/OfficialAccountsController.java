package org.socialgov.policy.web;

import java.time.Clock;
import java.time.LocalDate;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.socialgov.platform.idempotency.Idempotent;
import org.socialgov.platform.identity.CurrentIdentity;
import org.socialgov.platform.identity.Roles;
import org.socialgov.policy.api.RegisterOfficialAccountCommand;
import org.socialgov.policy.api.RetireOfficialAccountCommand;
import org.socialgov.policy.api.SocialPlatform;
import org.socialgov.policy.domain.OfficialAccountIds;
import org.socialgov.policy.domain.OfficialAccountNotFoundException;
import org.socialgov.policy.query.OfficialAccounts;
import org.socialgov.policy.web.generated.api.OfficialAccountsApi;
import org.socialgov.policy.web.generated.model.OfficialAccount;
import org.socialgov.policy.web.generated.model.OfficialAccountList;
import org.socialgov.policy.web.generated.model.OfficialAccountLookup;
import org.socialgov.policy.web.generated.model.OfficialAccountRegistration;
import org.socialgov.policy.web.generated.model.OfficialAccountRetirement;
import org.socialgov.policy.web.generated.model.OfficialAccountStatus;

/**
 * The company's official accounts for its staff: the managing department registers and retires them, everyone on
 * staff may read them and check a handle. Each maps the request to a command or query and maps the answer.
 */
@Controller
public class OfficialAccountsController implements OfficialAccountsApi {


    private final CommandGateway commandGateway;
    private final OfficialAccounts accounts;
    private final CurrentIdentity currentIdentity;
    private final Clock clock;

    public OfficialAccountsController(CommandGateway commandGateway, OfficialAccounts accounts,
                                      CurrentIdentity currentIdentity, Clock clock) {
        this.clock = clock;
        this.commandGateway = commandGateway;
        this.accounts = accounts;
        this.currentIdentity = currentIdentity;
    }

    @Override
    @Secured({Roles.COMPLIANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR, Roles.CONTRACT_MANAGER})
    public OfficialAccountList listOfficialAccounts(OfficialAccountStatus status) {
        LocalDate today = LocalDate.now(clock);
        return new OfficialAccountList(accounts.list(tenant(), OfficialAccountModelMapper.toDomain(status), today)
            .stream().map(view -> OfficialAccountModelMapper.toModel(view, today)).toList());
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    @Idempotent
    public HttpResponse<OfficialAccount> registerOfficialAccount(OfficialAccountRegistration registration,
                                                                 String idempotencyKey) {
        String tenant = tenant();
        SocialPlatform platform = OfficialAccountModelMapper.toDomain(registration.getPlatform());
        String accountId = OfficialAccountIds.forHandle(tenant, platform, registration.getHandle());
        commandGateway.sendAndWait(new RegisterOfficialAccountCommand(accountId, tenant, platform,
            registration.getHandle(), registration.getUrl(), registration.getPurpose(),
            registration.getSince() == null ? LocalDate.now(clock) : registration.getSince()));
        return HttpResponse.created(getOfficialAccount(accountId))
            .header(HttpHeaders.LOCATION, "/official-accounts/" + accountId);
    }

    @Override
    @Secured({Roles.COMPLIANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR, Roles.CONTRACT_MANAGER})
    public OfficialAccount getOfficialAccount(String accountId) {
        return accounts.find(tenant(), accountId)
            .map(view -> OfficialAccountModelMapper.toModel(view, LocalDate.now(clock)))
            .orElseThrow(() -> new OfficialAccountNotFoundException(accountId));
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    @Idempotent
    public OfficialAccount retireOfficialAccount(String accountId, OfficialAccountRetirement retirement,
                                                 String idempotencyKey) {
        commandGateway.sendAndWait(new RetireOfficialAccountCommand(accountId, tenant(),
            retirement.getRetiredOn() == null ? LocalDate.now(clock) : retirement.getRetiredOn(),
            retirement.getReason()));
        return getOfficialAccount(accountId);
    }

    @Override
    @Secured({Roles.COMPLIANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR, Roles.CONTRACT_MANAGER})
    public OfficialAccountLookup lookupOfficialAccount(
        org.socialgov.policy.web.generated.model.SocialPlatform platform, String handle, LocalDate on) {
        LocalDate today = LocalDate.now(clock);
        SocialPlatform onPlatform = OfficialAccountModelMapper.toDomain(platform);
        return OfficialAccountModelMapper.toModel(onPlatform,
            accounts.lookupOn(tenant(), onPlatform, handle, on == null ? today : on), today);
    }

    private String tenant() {
        return currentIdentity.require().tenant();
    }
}
