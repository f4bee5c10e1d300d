package org.socialgov.contract.query;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.ops.ServiceLauncher;
import org.socialgov.platform.rebuild.ProjectionRebuild;

/**
 * A store whose summaries were written by an earlier form of the projection (before contracts had places in the
 * lists, or before summaries held the renewal cancel-by date) is rebuilt once at start, by the operators' rebuild of
 * the summaries projection, so that every contract is listed, in creation order, with its cancel-by date. Until it
 * ends the lists are incomplete, as during any rebuild; its progress is in the log and on the rebuild endpoint.
 * Not in a command's context: an operator's rebuild there does the same.
 */
@Singleton
@Requires(notEnv = ServiceLauncher.COMMAND_ENVIRONMENT)
public class ContractSummariesUpgrade implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ContractSummariesUpgrade.class);
    private static final String PROCESSING_GROUP = "contract-summaries";

    private final ContractSummaries summaries;
    private final ProjectionRebuild rebuild;

    public ContractSummariesUpgrade(ContractSummaries summaries, ProjectionRebuild rebuild) {
        this.summaries = summaries;
        this.rebuild = rebuild;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (summaries.outdated()) {
            LOG.warn("The contract summaries were written by an earlier form of their projection: rebuilding them");
            rebuild.start(PROCESSING_GROUP);
        }
    }
}
