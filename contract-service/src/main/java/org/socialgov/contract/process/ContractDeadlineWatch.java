package org.socialgov.contract.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.contract.api.ContractReminderLeadTimes;
import org.socialgov.contract.api.ReachEndOfTermCommand;
import org.socialgov.contract.api.RemindOfDeadlinesCommand;
import org.socialgov.contract.query.ActiveContracts;
import org.socialgov.contract.query.ActiveContracts.ActiveContract;
import org.socialgov.platform.ops.ServiceLauncher;
import org.socialgov.platform.process.SystemCommands;

/**
 * Watches the deadlines of active contracts: ends or renews those whose term is over, and has each record the
 * reminders due of its renewal cancel-by date and of its term's end. Durable by design: it keeps no timer, but asks
 * the stored read model, on start and then every hour (the deadlines are days), which active contracts have a
 * deadline within the longest lead time, so it catches up on everything missed while the service was down. The
 * contract itself decides, and ignores a repeated ask; the read model knows the reminders recorded, so a contract
 * is asked only when one is due.
 */
@Singleton
// A one-off operations command (e.g. rebuild-projections) must not also end contracts while it runs.
@Requires(notEnv = ServiceLauncher.COMMAND_ENVIRONMENT)
public class ContractDeadlineWatch {

    private static final Logger LOG = LoggerFactory.getLogger(ContractDeadlineWatch.class);
    static final String PROCESS = "contract-deadline-watch";

    private final ActiveContracts activeContracts;
    private final SystemCommands commands;
    private final Clock clock;
    private final ContractReminderLeadTimes leadTimes;

    public ContractDeadlineWatch(ActiveContracts activeContracts, SystemCommands commands, Clock clock,
                                 @Value("${socialgov.contracts.reminders.cancel-by-days:90,30,7}")
                                 List<Integer> cancelByDays,
                                 @Value("${socialgov.contracts.reminders.term-end-days:90,30,7}")
                                 List<Integer> termEndDays) {
        this.activeContracts = activeContracts;
        this.commands = commands;
        this.clock = clock;
        this.leadTimes = new ContractReminderLeadTimes(cancelByDays, termEndDays);
    }

    @Scheduled(initialDelay = "${socialgov.contracts.deadline-watch.initial-delay:5s}",
        fixedDelay = "${socialgov.contracts.deadline-watch.interval:1h}")
    void checkDeadlines() {
        watch(LocalDate.now(clock));
    }

    /**
     * Sends every active contract whose term ended before {@code today} to the end of its term, and every one with a
     * reminder due (or just renewed) to record it; returns how many of these commands were handled.
     */
    public int watch(LocalDate today) {
        int ended = 0;
        int reminded = 0;
        for (ActiveContract contract : activeContracts.withDeadlineBefore(today.plusDays(leadTimes.longestDays()))) {
            String what = "contract " + contract.id();
            boolean termOver = contract.termEndedBefore(today);
            if (termOver && commands.send(PROCESS, contract.client(),
                new ReachEndOfTermCommand(contract.id(), contract.client(), today), what)) {
                ended++;
            }
            // A renewal moves both deadlines, which the read model does not know yet: the contract does.
            if ((termOver || !contract.deadlines().dueOn(today, leadTimes).isEmpty()) && commands.send(PROCESS,
                contract.client(), new RemindOfDeadlinesCommand(contract.id(), contract.client(), today, leadTimes),
                what)) {
                reminded++;
            }
        }
        if (ended > 0 || reminded > 0) {
            LOG.info("Deadline watch: {} contract(s) past the end of their term expired or renewed, {} reminded",
                ended, reminded);
        }
        return ended + reminded;
    }
}
