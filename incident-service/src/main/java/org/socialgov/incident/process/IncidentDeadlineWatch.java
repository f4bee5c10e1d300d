package org.socialgov.incident.process;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.incident.api.RemindOfRunningDeadlineCommand;
import org.socialgov.incident.domain.IncidentDeadlineReminders;
import org.socialgov.incident.query.RunningDeadlines;
import org.socialgov.incident.query.RunningDeadlines.RunningDeadline;
import org.socialgov.platform.ops.ServiceLauncher;
import org.socialgov.platform.process.SystemCommands;

/**
 * Reminds the managing department of incidents whose triage or response decision is due soon or breached. Durable
 * by design, like the contracts' term watch: no timer, but on start and then every minute (the SLA counts in minutes
 * and hours) it asks the stored read model which incidents run against a deadline, so it catches up on what fell due
 * while the service was down. Each incident decides, records each reminder once, and ignores a repeated ask.
 */
@Singleton
// A one-off operations command (e.g. rebuild-projections) must not also send reminders while it runs.
@Requires(notEnv = ServiceLauncher.COMMAND_ENVIRONMENT)
public class IncidentDeadlineWatch {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentDeadlineWatch.class);
    static final String PROCESS = "incident-deadline-watch";

    private final RunningDeadlines runningDeadlines;
    private final IncidentDeadlineReminders reminders;
    private final SystemCommands commands;
    private final Clock clock;

    public IncidentDeadlineWatch(RunningDeadlines runningDeadlines, IncidentDeadlineReminders reminders,
                                 SystemCommands commands, Clock clock) {
        this.runningDeadlines = runningDeadlines;
        this.reminders = reminders;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(initialDelay = "${socialgov.incidents.deadline-watch.initial-delay:5s}",
        fixedDelay = "${socialgov.incidents.deadline-watch.interval:1m}")
    void watchDeadlines() {
        remindAt(Instant.now(clock));
    }

    /** Asks every incident with a reminder due at {@code now} to record it; returns those that were asked. */
    public List<String> remindAt(Instant now) {
        List<String> asked = new ArrayList<>();
        for (RunningDeadline running : runningDeadlines.all()) {
            // Only those with a reminder due are asked: an incident is loaded from its events to decide, and most
            // open incidents have nothing due in a given minute. The incident decides again on its own record.
            if (reminders.dueAt(running.deadline(), running.severity(), running.dueBy(), now,
                running.remindersRecorded()).isEmpty()) {
                continue;
            }
            if (commands.send(PROCESS, running.tenant(),
                new RemindOfRunningDeadlineCommand(running.incidentId(), running.tenant(), now),
                "incident " + running.incidentId())) {
                asked.add(running.incidentId());
            }
        }
        if (!asked.isEmpty()) {
            LOG.info("Deadline watch: {} incident(s) had a triage or response deadline due soon or breached",
                asked.size());
        }
        return asked;
    }
}
