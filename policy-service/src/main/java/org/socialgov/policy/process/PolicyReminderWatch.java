package org.socialgov.policy.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.ops.ServiceLauncher;
import org.socialgov.platform.process.SystemCommands;
import org.socialgov.policy.api.RemindOfPolicyReviewCommand;
import org.socialgov.policy.api.RemindToAcknowledgePolicyCommand;
import org.socialgov.policy.config.PolicyReminderSettings;
import org.socialgov.policy.query.PolicyDeadlines;
import org.socialgov.policy.query.PolicyDeadlines.PendingAcknowledgement;
import org.socialgov.policy.query.PolicyDeadlines.ReviewToRemind;

/**
 * Reminds of the policy's deadlines: a review due soon or overdue, and a published version a person has still not
 * acknowledged. Durable by design, like the contracts' term watch: no timer is kept; on start and then every hour
 * (the reminders count in days) it asks the stored read models which policies and people may have a reminder due,
 * so it catches up after downtime. Each policy or staff record decides, records a reminder once, and ignores a
 * repeated ask.
 */
@Singleton
// A one-off operations command (e.g. rebuild-projections) must not also record reminders while it runs.
@Requires(notEnv = ServiceLauncher.COMMAND_ENVIRONMENT)
public class PolicyReminderWatch {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyReminderWatch.class);
    static final String PROCESS = "policy-reminder-watch";

    private final PolicyDeadlines deadlines;
    private final PolicyReminderSettings settings;
    private final SystemCommands commands;
    private final Clock clock;

    public PolicyReminderWatch(PolicyDeadlines deadlines, PolicyReminderSettings settings, SystemCommands commands,
                               Clock clock) {
        this.deadlines = deadlines;
        this.settings = settings;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(initialDelay = "${socialgov.policies.reminders.initial-delay:5s}",
        fixedDelay = "${socialgov.policies.reminders.interval:1h}")
    void remind() {
        remindAt(clock.instant());
    }

    /** Asks every policy and person that may have a reminder due at {@code now}; returns how many were asked. */
    public int remindAt(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int asked = 0;
        for (ReviewToRemind policy : deadlines.reviewsDueBy(today.plusDays(settings.longestReviewLeadDays()))) {
            if (commands.send(PROCESS, policy.tenant(), new RemindOfPolicyReviewCommand(policy.policyId(),
                policy.tenant(), now), "policy " + policy.policyId())) {
                asked++;
            }
        }
        for (PendingAcknowledgement pending : deadlines.acknowledgementsPublishedBy(
            today.minusDays(settings.getAcknowledgementAfterDays()))) {
            if (commands.send(PROCESS, pending.tenant(), new RemindToAcknowledgePolicyCommand(
                pending.staffMemberId(), pending.tenant(), pending.policyId(), pending.versionNo(),
                pending.publishedOn(), now), "staff record " + pending.staffMemberId())) {
                asked++;
            }
        }
        if (asked > 0) {
            LOG.debug("Reminder watch: asked {} policies and staff records whether a reminder is due", asked);
        }
        return asked;
    }
}
