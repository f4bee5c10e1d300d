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
 * A store whose summaries were written before contracts had places in the lists is rebuilt once at start, by the
 * operators' rebuild of the summaries projection, so that every contract is listed, in creation order. Until it
 * ends the lists are incomplete, as during any rebuild; its progress is in the log and on the rebuild endpoint.
 * Not in a command's context: an operator's rebuild there does the same.
 */
@Singleton
@Requires(notEnv = ServiceLauncher.COMMAND_ENVIRONMENT)
public class ContractListPlacesUpgrade implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ContractListPlacesUpgrade.class);
    private static final String PROCESSING_GROUP = "contract-summaries";

    private final ContractSummaries summaries;
    private final ProjectionRebuild rebuild;

    public ContractListPlacesUpgrade(ContractSummaries summaries, ProjectionRebuild rebuild) {
        this.summaries = summaries;
        this.rebuild = rebuild;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (summaries.placesMissing()) {
            LOG.warn("The contract summaries were written before contracts had list places: rebuilding them");
            rebuild.start(PROCESSING_GROUP);
        }
    }
}
