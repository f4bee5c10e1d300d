package org.socialgov.platform.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.slf4j.Logger;
import org.socialgov.platform.upstream.UpstreamEventSources;
import org.slf4j.LoggerFactory;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * Rebuilds a service's read models from its events, for every tenant at once: all tracking processors, or the one of
 * a named processing group. One rebuild at a time; its progress is in {@link #status()} and in the log every few
 * seconds. While it runs, the lists built from the rebuilt read models are incomplete.
 */
@Singleton
public class ProjectionRebuild {

    static final ProblemType ALREADY_RUNNING = new ProblemType("projection-rebuild-running",
        "A projection rebuild is already running", HttpStatus.CONFLICT);
    static final ProblemType NOT_REBUILDABLE = new ProblemType("processing-group-not-rebuildable",
        "No rebuildable processing group by this name", HttpStatus.UNPROCESSABLE_ENTITY);

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRebuild.class);
    /** How soon the end is noticed: a rebuild of a small store takes well under a second. */
    private static final Duration CHECK_INTERVAL = Duration.ofMillis(100);
    private static final Duration LOG_INTERVAL = Duration.ofSeconds(5);

    private final Configuration axon;
    private final MongoTemplate eventCollections;
    private final ProcessedEventCounts counts;
    private final UpstreamEventSources upstream;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private RebuildRun current;

    public ProjectionRebuild(Configuration axon, MongoTemplate eventCollections, ProcessedEventCounts counts,
                             UpstreamEventSources upstream) {
        this.axon = axon;
        this.upstream = upstream;
        this.eventCollections = eventCollections;
        this.counts = counts;
    }

    /**
     * Starts a rebuild of every tracking processor, or of the named processing group's, and answers at once; the
     * resets and the replay run in the background.
     */
    public synchronized ProjectionRebuildStatus start(@Nullable String processingGroup) {
        if (current != null && !current.isEnded()) {
            throw new ProblemException(ALREADY_RUNNING, "A rebuild of " + current.processingGroups()
                + " started at " + current.status().startedAt() + " is still running; follow it with GET");
        }
        List<TrackingEventProcessor> processors = processorsFor(processingGroup);
        // Counted before the resets: events appended from now on are handled as usual, but are not the rebuild's.
        long ownEvents = eventCollections.eventCollection().countDocuments();
        Map<String, Long> eventsToReplay = new HashMap<>();
        processors.forEach(processor -> eventsToReplay.put(processor.getName(), upstream.feed(processor.getName())
            .map(feed -> upstream.recordedEvents(processor.getName())).orElse(ownEvents)));
        RebuildRun run = new RebuildRun(processors, axon.eventProcessingConfiguration()::tokenStore, counts,
            eventsToReplay, clock);
        current = run;
        LOG.info("Rebuilding the read models of {} from {} stored events", run.processingGroups(),
            String.format(Locale.ENGLISH, "%,d", run.status().totalEvents()));
        worker.execute(run::resetProcessors);
        watch(run);
        return run.status();
    }

    /** The running rebuild, or the last one since the service started. */
    public synchronized Optional<ProjectionRebuildStatus> status() {
        return Optional.ofNullable(current).map(RebuildRun::status);
    }

    /** The status of the running or last rebuild; 404 when none ran since the service started. */
    public ProjectionRebuildStatus requireStatus() {
        return status().orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
            "No projection rebuild has run since the service started"));
    }

    /** Waits for the running or last rebuild to end and answers how it ended. */
    public ProjectionRebuildStatus awaitEnd() throws InterruptedException {
        CompletableFuture<ProjectionRebuildStatus> ended;
        synchronized (this) {
            if (current == null) {
                throw new IllegalStateException("No rebuild was started");
            }
            ended = current.ended();
        }
        try {
            return ended.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private List<TrackingEventProcessor> processorsFor(@Nullable String processingGroup) {
        EventProcessingConfiguration processing = axon.eventProcessingConfiguration();
        if (processingGroup == null) {
            return processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance)
                .map(TrackingEventProcessor.class::cast)
                .filter(TrackingEventProcessor::supportsReset)
                .toList();
        }
        return processing.eventProcessorByProcessingGroup(processingGroup, TrackingEventProcessor.class)
            .filter(TrackingEventProcessor::supportsReset)
            .map(List::of)
            .orElseThrow(() -> new ProblemException(NOT_REBUILDABLE, "This service has no processing group '"
                + processingGroup + "' whose read models can be rebuilt"));
    }

    /** Checks for the end often, and says how far it has come every few seconds, on the rebuild's own thread. */
    private void watch(RebuildRun run) {
        Runnable check = new Runnable() {
            private Duration nextLineAt = LOG_INTERVAL;

            @Override
            public void run() {
                run.checkForEnd();
                RebuildProgress progress = run.progress();
                if (!run.isEnded() && progress.elapsed().compareTo(nextLineAt) >= 0) {
                    LOG.info("Rebuilding read models: {}", progress.describe());
                    nextLineAt = progress.elapsed().plus(LOG_INTERVAL);
                }
            }
        };
        ScheduledFuture<?> checks = worker.scheduleWithFixedDelay(check, CHECK_INTERVAL.toMillis(),
            CHECK_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        run.ended().thenAccept(end -> {
            checks.cancel(false);
            logEnd(end, run.progress());
        });
    }

    private static void logEnd(ProjectionRebuildStatus end, RebuildProgress progress) {
        if (end.state() == RebuildState.COMPLETED) {
            LOG.info("Rebuilt the read models of {}: {}", end.processingGroups(), progress.describeEnd());
        } else {
            LOG.error("Rebuilding the read models of {} failed after {}: {}", end.processingGroups(),
                progress.describeCount(), end.failureReason());
        }
    }

    @PreDestroy
    void stopWatching() {
        worker.shutdownNow();
    }
}
