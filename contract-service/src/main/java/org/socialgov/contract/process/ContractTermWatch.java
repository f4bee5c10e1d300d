package org.socialgov.contract.process;

import java.time.Clock;
import java.time.LocalDate;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.contract.api.ReachEndOfTermCommand;
import org.socialgov.contract.query.ActiveContracts;
import org.socialgov.contract.query.ActiveContracts.ActiveContract;
import org.socialgov.platform.ops.ServiceLauncher;
import org.socialgov.platform.process.SystemCommands;

/**
 * Ends or renews contracts whose term is over. Durable by design: it keeps no timer, but asks the stored read model,
 * on start and then periodically, which active contracts ended before today, so it catches up on everything missed
 * while the service was down. The contract itself decides, and ignores a repeated ask.
 */
@Singleton
// A one-off operations command (e.g. rebuild-projections) must not also end contracts while it runs.
@Requires(notEnv = ServiceLauncher.COMMAND_ENVIRONMENT)
public class ContractTermWatch {

    private static final Logger LOG = LoggerFactory.getLogger(ContractTermWatch.class);
    static final String PROCESS = "contract-term-watch";

    private final ActiveContracts activeContracts;
    private final SystemCommands commands;
    private final Clock clock;

    public ContractTermWatch(ActiveContracts activeContracts, SystemCommands commands, Clock clock) {
        this.activeContracts = activeContracts;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(initialDelay = "${socialgov.contracts.term-watch.initial-delay:5s}",
        fixedDelay = "${socialgov.contracts.term-watch.interval:1m}")
    void checkTerms() {
        endTermsBefore(LocalDate.now(clock));
    }

    /** Sends every active contract whose term ended before {@code today} to the end of its term; returns how many. */
    public int endTermsBefore(LocalDate today) {
        int handled = 0;
        for (ActiveContract contract : activeContracts.termEndedBefore(today)) {
            if (commands.send(PROCESS, contract.client(),
                new ReachEndOfTermCommand(contract.id(), contract.client(), today), "contract " + contract.id())) {
                handled++;
            }
        }
        if (handled > 0) {
            LOG.info("Term watch: {} contract(s) past the end of their term were expired or renewed", handled);
        }
        return handled;
    }
}
