package org.socialgov.platform.upstream;

import java.time.Duration;
import java.util.Optional;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.WrappedToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a read model of upstream facts is as current as the other service's record. A refusal must not rest on
 * facts a moment old (an agency whose contract was signed a second ago is eligible), so before refusing, a rule asks
 * for the facts confirmed: this waits, briefly, until the processor has handled the newest event recorded upstream.
 */
@Singleton
public class UpstreamCatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(UpstreamCatchUp.class);
    private static final long CHECK_EVERY_MILLIS = 25;

    /** Lazily: the read models that ask for confirmation are themselves part of Axon's configuration. */
    private final BeanProvider<Configuration> axon;
    private final UpstreamEventSources sources;
    private final Duration patience;

    public UpstreamCatchUp(BeanProvider<Configuration> axon, UpstreamEventSources sources,
                           @Value("${socialgov.upstream.catch-up-timeout:3s}") Duration patience) {
        this.axon = axon;
        this.sources = sources;
        this.patience = patience;
    }

    /**
     * Returns once the group's read model includes every event recorded upstream when asked, or throws
     * {@link UpstreamBehindException} when it does not within the configured time (the processor is stopped,
     * replaying, or the other database is unreachable).
     */
    public void awaitCaughtUp(String processingGroup) {
        UpstreamFeed feed = sources.feed(processingGroup).orElseThrow(() -> new IllegalArgumentException(
            "No upstream feed for processing group " + processingGroup));
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            Optional<Long> newest = sources.newestPosition(processingGroup);
            if (newest.isEmpty()) {
                return;
            }
            if (!covers(processingGroup, newest.get())) {
                // Idle, the processor looks upstream only every few seconds; this one should not wait for that.
                sources.pollSoon(processingGroup);
            }
            while (!covers(processingGroup, newest.get())) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("The read model of {}'s facts ('{}') has not caught up with its record within {}",
                        feed.owner(), processingGroup, patience);
                    throw new UpstreamBehindException(feed);
                }
                Thread.sleep(CHECK_EVERY_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamBehindException(feed);
        } catch (RuntimeException e) {
            if (e instanceof UpstreamBehindException) {
                throw e;
            }
            LOG.warn("Could not read {}'s record to confirm its facts", feed.owner(), e);
            throw new UpstreamBehindException(feed);
        }
    }

    /** Handled: at or below the token's position and not one of its gaps (gaps elsewhere do not matter here). */
    private boolean covers(String processingGroup, long newest) {
        return axon.get().eventProcessingConfiguration()
            .eventProcessor(processingGroup, TrackingEventProcessor.class)
            .filter(TrackingEventProcessor::isRunning)
            .map(processor -> processor.processingStatus().values().stream()
                .filter(status -> !status.isErrorState() && status.getTrackingToken() != null)
                // During a rebuild this is how far the cleared read model has been filled again.
                .map(status -> WrappedToken.unwrapLowerBound(status.getTrackingToken()))
                .anyMatch(token -> token instanceof GapAwareTrackingToken current && current.getIndex() >= newest
                    && !current.getGaps().contains(newest)))
            .orElse(false);
    }
}
