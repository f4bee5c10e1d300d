package org.socialgov.contract.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.contract.api.ReachEndOfTermCommand;
import org.socialgov.platform.identity.AuditMetaData;
import org.socialgov.platform.ops.ServiceLauncher;

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
    static final String ACTOR = "system:contract-term-watch";

    private final ContractSummaries summaries;
    private final CommandGateway commandGateway;
    private final Clock clock = Clock.systemUTC();

    public ContractTermWatch(ContractSummaries summaries, CommandGateway commandGateway) {
        this.summaries = summaries;
        this.commandGateway = commandGateway;
    }

    @Scheduled(initialDelay = "${socialgov.contracts.term-watch.initial-delay:5s}",
        fixedDelay = "${socialgov.contracts.term-watch.interval:1m}")
    void checkTerms() {
        endTermsBefore(LocalDate.now(clock));
    }

    /** Sends every active contract whose term ended before {@code today} to the end of its term; returns how many. */
    public int endTermsBefore(LocalDate today) {
        List<Document> due = new ArrayList<>();
        summaries.collection().find(and(eq(ContractSummaries.STATUS, "ACTIVE"),
            lt(ContractSummaries.TERM_END, today.toString()))).into(due);
        int handled = 0;
        for (Document contract : due) {
            String contractId = contract.getString(ContractSummaries.ID);
            try {
                commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(new ReachEndOfTermCommand(
                    contractId, contract.getString(ContractSummaries.CLIENT), today)).withMetaData(Map.of(
                    AuditMetaData.TENANT, contract.getString(ContractSummaries.CLIENT),
                    AuditMetaData.ACTOR, ACTOR, AuditMetaData.ACTOR_ROLE, "SYSTEM")));
                handled++;
            } catch (RuntimeException e) {
                // The next round tries again; one stuck contract must not hold up the others.
                LOG.warn("Could not end the term of contract {}: {}", contractId, e.getMessage());
            }
        }
        if (handled > 0) {
            LOG.info("Term watch: {} contract(s) past the end of their term were expired or renewed", handled);
        }
        return handled;
    }
}
