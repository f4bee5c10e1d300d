package org.socialgov.policy.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.socialgov.platform.axon.BusinessName;
import org.socialgov.policy.api.AccountPeriod;
import org.socialgov.policy.api.OfficialAccountRegisteredEvent;
import org.socialgov.policy.api.OfficialAccountRetiredEvent;
import org.socialgov.policy.api.RegisterOfficialAccountCommand;
import org.socialgov.policy.api.RetireOfficialAccountCommand;
import org.socialgov.policy.api.SocialPlatform;

/**
 * A handle on a platform that speaks for the company: official from the day it is registered until it is retired,
 * and official again if it is registered again later. One aggregate per company, platform and handle (see
 * {@link OfficialAccountIds}), so a handle has one record of all the periods in which it was official.
 */
@BusinessName("official account")
public class OfficialAccount {

    @AggregateIdentifier
    private String accountId;
    private String tenant;
    private SocialPlatform platform;
    private String normalisedHandle;
    private final List<AccountPeriod> periods = new ArrayList<>();

    /** Axon rebuilds an account from its events, and creates a blank one for a handle registered the first time. */
    protected OfficialAccount() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterOfficialAccountCommand command) {
        String normalised = HandleNormalization.normalise(command.platform(), command.handle());
        requireIdentifiedBy(command, normalised);
        if (accountId != null) {
            requireTenant(command.tenant());
            requireOneRegistrationAtATime(command);
        }
        ProfileAddressRule.requireLeadsTo(command.platform(), command.url(), normalised);
        apply(new OfficialAccountRegisteredEvent(command.accountId(), command.tenant(), command.platform(), normalised,
            command.handle().strip(), command.url().strip(), command.purpose(), command.since()));
    }

    @CommandHandler
    void handle(RetireOfficialAccountCommand command) {
        requireTenant(command.tenant());
        AccountPeriod current = latest();
        if (current.retiredOn() != null) {
            throw new OfficialAccountAlreadyRetiredException("The account was already retired on "
                + current.retiredOn());
        }
        if (command.retiredOn().isBefore(current.since())) {
            throw new OfficialAccountDatesInvalidException("The account is official since " + current.since()
                + "; it cannot be retired on " + command.retiredOn() + ", before that");
        }
        apply(new OfficialAccountRetiredEvent(accountId, command.retiredOn(), command.reason()));
    }

    @EventSourcingHandler
    void on(OfficialAccountRegisteredEvent event) {
        accountId = event.accountId();
        tenant = event.tenant();
        platform = event.platform();
        normalisedHandle = event.normalisedHandle();
        periods.add(new AccountPeriod(event.handle(), event.url(), event.purpose(), event.since(), null, null));
    }

    @EventSourcingHandler
    void on(OfficialAccountRetiredEvent event) {
        periods.set(periods.size() - 1, latest().retired(event.retiredOn(), event.reason()));
    }

    public OfficialAccountState state() {
        return new OfficialAccountState(accountId, tenant, platform, normalisedHandle, periods);
    }

    private AccountPeriod latest() {
        return periods.get(periods.size() - 1);
    }

    /**
     * A handle is official under one registration at a time: while it is official, or until a retirement already
     * given takes effect, registering it again would make two records speak for the same handle.
     */
    private void requireOneRegistrationAtATime(RegisterOfficialAccountCommand command) {
        AccountPeriod current = latest();
        if (current.retiredOn() == null) {
            throw new OfficialAccountAlreadyRegisteredException("'" + current.handle() + "' on " + platform
                + " is already an official account, since " + current.since());
        }
        if (command.since().isBefore(current.retiredOn())) {
            throw new OfficialAccountAlreadyRegisteredException("'" + current.handle() + "' on " + platform
                + " is an official account until " + current.retiredOn() + "; it can be registered again from then");
        }
    }

    private void requireTenant(String askingTenant) {
        // Another company's account does not exist as far as it can tell.
        if (!tenant.equals(askingTenant)) {
            throw new OfficialAccountNotFoundException(accountId);
        }
    }

    /** The identifier is what makes a handle unique; a command that names another one is a programming error. */
    private static void requireIdentifiedBy(RegisterOfficialAccountCommand command, String normalised) {
        String expected = OfficialAccountIds.of(command.tenant(), command.platform(), normalised);
        if (!expected.equals(command.accountId())) {
            throw new IllegalArgumentException("Account id " + command.accountId() + " is not the id of '"
                + normalised + "' on " + command.platform() + " for " + command.tenant());
        }
    }
}
