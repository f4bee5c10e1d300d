package org.socialgov.policy.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.identity.AuditMetaData;
import org.socialgov.policy.api.CreatePolicyCommand;
import org.socialgov.policy.api.PublishPolicyVersionCommand;
import org.socialgov.policy.api.RecordDepartureCommand;
import org.socialgov.policy.api.RegisterOfficialAccountCommand;
import org.socialgov.policy.api.RegisterStaffMemberCommand;
import org.socialgov.policy.api.SocialPlatform;
import org.socialgov.policy.api.Standing;
import org.socialgov.policy.api.StaffMemberId;
import org.socialgov.policy.domain.OfficialAccountIds;
import org.socialgov.policy.domain.PolicyIds;

/**
 * With the demo switch on ({@code ./run-suite --demo}, or {@code SOCIALGOV_DEMO=true}), loads the example tenant
 * once: its policy published as enacted, two official accounts, and a small roster. Through the same commands as
 * everyone else, so the demo is on the record like any other data; a second start finds it there and adds nothing.
 */
@Singleton
@Requires(property = "socialgov.demo.enabled", value = "true")
public class ExampleTenantLoader implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ExampleTenantLoader.class);
    private static final Map<String, Object> DEMO_IDENTITY = Map.of(AuditMetaData.TENANT, ExamplePolicy.TENANT,
        AuditMetaData.ACTOR, "demo-data", AuditMetaData.ACTOR_ROLE, "SYSTEM",
        AuditMetaData.REASON, "Demo data of the example tenant");

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Clock clock;

    public ExampleTenantLoader(CommandGateway commands, EventStore eventStore, Clock clock) {
        this.clock = clock;
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String tenant = ExamplePolicy.TENANT;
        String policyId = PolicyIds.forTenant(tenant);
        if (eventStore.lastSequenceNumberFor(policyId).isPresent()) {
            LOG.info("Demo data: the example tenant is already loaded");
            return;
        }
        send(new CreatePolicyCommand(policyId, tenant, ExamplePolicy.TITLE, ExamplePolicy.ENACTED_ON,
            ExamplePolicy.REVIEW_INTERVAL_MONTHS, ExamplePolicy.CONTENT));
        send(new PublishPolicyVersionCommand(policyId, tenant, 1, ExamplePolicy.ENACTED_ON, null));
        account(SocialPlatform.X, "@example_corp", "https://x.com/example_corp",
            "News about the company and its services");
        account(SocialPlatform.FACEBOOK, "examplecorp", "https://www.facebook.com/examplecorp",
            "Events, stories and answers to questions");
        LocalDate today = LocalDate.now(clock);
        staff("hanako", "Hanako Yamada", Standing.OFFICER, today);
        staff("emi", "Emi Sato", Standing.EMPLOYEE, today);
        staff("taro", "Taro Ito", Standing.NON_REGULAR_EMPLOYEE, today);
        staff("ken", "Ken Mori", Standing.EMPLOYEE, today);
        send(new RecordDepartureCommand(StaffMemberId.of(tenant, "ken"), tenant, today, today, null));
        LOG.info("Demo data: loaded the example tenant (policy version 1 in force since {}, 2 official accounts, "
            + "4 people on the roster); try GET /api/public/example/policy", ExamplePolicy.ENACTED_ON);
    }

    private void account(SocialPlatform platform, String handle, String url, String purpose) {
        send(new RegisterOfficialAccountCommand(OfficialAccountIds.forHandle(ExamplePolicy.TENANT, platform, handle),
            ExamplePolicy.TENANT, platform, handle, url, purpose, ExamplePolicy.ENACTED_ON));
    }

    private void staff(String personId, String name, Standing standing, LocalDate today) {
        send(new RegisterStaffMemberCommand(StaffMemberId.of(ExamplePolicy.TENANT, personId), ExamplePolicy.TENANT,
            personId, name, standing, today.minusYears(2), today));
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(DEMO_IDENTITY));
    }
}
