package org.socialgov.platform.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rebuild of one or more tracking processors, by Axon's own mechanism: stop the processor, reset its tokens
 * (which calls the projections' {@code @ResetHandler}s, so they clear their read models) and start it again, so that
 * it handles every stored event from the first. It is complete when each processor has finished with as many events
 * as the store held at the start.
 */
final class RebuildRun {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildRun.class);
    private static final Duration WORKER_START_BOUND = Duration.ofSeconds(10);
    private static final Duration WORKER_START_POLL = Duration.ofMillis(50);

    private final List<TrackingEventProcessor> processors;
    private final Function<String, TokenStore> tokenStores;
    private final ProcessedEventCounts counts;
    /** How many events each processor replays: its own source's count when the rebuild started. */
    private final Map<String, Long> eventsToReplay;
    private final Clock clock;
    private final Instant startedAt;
    /** Each processor's count when it was reset; absent until then. */
    private final Map<String, Long> countsAtReset = new ConcurrentHashMap<>();
    private final CompletableFuture<ProjectionRebuildStatus> ended = new CompletableFuture<>();
    private volatile boolean processorsRestarted;
    private volatile RebuildState state = RebuildState.RUNNING;
    private volatile Instant finishedAt;
    private volatile String failureReason;

    RebuildRun(List<TrackingEventProcessor> processors, Function<String, TokenStore> tokenStores,
               ProcessedEventCounts counts, Map<String, Long> eventsToReplay, Clock clock) {
        this.processors = List.copyOf(processors);
        this.tokenStores = tokenStores;
        this.counts = counts;
        this.eventsToReplay = Map.copyOf(eventsToReplay);
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /** Resets and restarts every processor; a processor that cannot be reset is started again on its old token. */
    void resetProcessors() {
        for (TrackingEventProcessor processor : processors) {
            try {
                awaitWorkerRunning(processor);
                processor.shutDown();
                try {
                    // Stopped: nothing is counted between reading the count and the reset.
                    countsAtReset.put(processor.getName(), counts.processed(processor.getName()));
                    reset(processor);
                } finally {
                    processor.start();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted before processing group '" + processor.getName() + "' was reset");
                return;
            } catch (RuntimeException e) {
                LOG.error("Processing group '{}' could not be reset", processor.getName(), e);
                fail("processing group '" + processor.getName() + "' could not be reset: " + e);
                return;
            }
        }
        processorsRestarted = true;
    }

    /**
     * Stopping a tracking processor while it is still assigning its segment to a worker leaves it unable to process
     * ever again (Axon 4.13 frees the segment but not the thread it counted out for it), and the rebuild would wait
     * forever. A caught-up segment proves its worker runs. Past the bound the rebuild goes on: then the segment is
     * held by another node (the reset will say so) or the worker is busy with a backlog, which is safe too.
     */
    private static void awaitWorkerRunning(TrackingEventProcessor processor) throws InterruptedException {
        long deadline = System.nanoTime() + WORKER_START_BOUND.toNanos();
        while (processor.isRunning() && System.nanoTime() < deadline
            && processor.processingStatus().values().stream().noneMatch(EventTrackerStatus::isCaughtUp)) {
            Thread.sleep(WORKER_START_POLL.toMillis());
        }
    }

    private void reset(TrackingEventProcessor processor) {
        if (hasNeverAdvanced(processor)) {
            // Its token is still the store's tail, which for MongoDB is no token at all: it starts from the first
            // event anyway. Axon's reset would store "no token" as a replay position, which MongoTokenStore cannot
            // (NullPointerException in axon-mongo 4.12.0); so only the read models are cleared.
            processor.eventHandlerInvoker().performReset();
        } else {
            processor.resetTokens();
        }
    }

    private boolean hasNeverAdvanced(TrackingEventProcessor processor) {
        TokenStore tokens = tokenStores.apply(processor.getName());
        return Arrays.stream(tokens.fetchSegments(processor.getName()))
            .allMatch(segment -> tokens.fetchToken(processor.getName(), segment) == null);
    }

    /** Ends the run when every processor is through the stored events, or when one of them is stuck on an error. */
    void checkForEnd() {
        if (isEnded() || !processorsRestarted) {
            return;
        }
        for (TrackingEventProcessor processor : processors) {
            Optional<String> problem = problemOf(processor);
            if (problem.isPresent()) {
                fail(problem.get());
                return;
            }
        }
        if (processors.stream().allMatch(processor -> processedBy(processor) >= toReplay(processor))) {
            end(null);
        }
    }

    void fail(String reason) {
        end(reason);
    }

    boolean isEnded() {
        return state != RebuildState.RUNNING;
    }

    /** Completes with the final status. */
    CompletableFuture<ProjectionRebuildStatus> ended() {
        return ended;
    }

    RebuildProgress progress() {
        long processed = processors.stream()
            .mapToLong(processor -> Math.min(processedBy(processor), toReplay(processor)))
            .sum();
        long total = processors.stream().mapToLong(this::toReplay).sum();
        Instant until = finishedAt != null ? finishedAt : clock.instant();
        return new RebuildProgress(total, processed, Duration.between(startedAt, until));
    }

    synchronized ProjectionRebuildStatus status() {
        RebuildProgress progress = progress();
        Long secondsLeft = state == RebuildState.RUNNING
            ? progress.timeLeft().map(Duration::toSeconds).orElse(null) : null;
        return new ProjectionRebuildStatus(state, processingGroups(), progress.totalEvents(),
            progress.processedEvents(), progress.percentDone(), progress.eventsPerSecond(), secondsLeft, startedAt,
            finishedAt, failureReason);
    }

    List<String> processingGroups() {
        return processors.stream().map(TrackingEventProcessor::getName).toList();
    }

    private synchronized void end(String reason) {
        if (isEnded()) {
            return;
        }
        failureReason = reason;
        finishedAt = clock.instant();
        state = reason == null ? RebuildState.COMPLETED : RebuildState.FAILED;
        ended.complete(status());
    }

    private long toReplay(TrackingEventProcessor processor) {
        return eventsToReplay.getOrDefault(processor.getName(), 0L);
    }

    private long processedBy(TrackingEventProcessor processor) {
        Long atReset = countsAtReset.get(processor.getName());
        return atReset == null ? 0 : counts.processed(processor.getName()) - atReset;
    }

    private static Optional<String> problemOf(TrackingEventProcessor processor) {
        if (!processor.isRunning()) {
            return Optional.of("processing group '" + processor.getName() + "' stopped before the end");
        }
        return processor.processingStatus().values().stream()
            .filter(EventTrackerStatus::isErrorState)
            .findFirst()
            .map(status -> "processing group '" + processor.getName() + "' ran into an error: "
                + status.getError().getMessage() + " (it retries by itself; rebuild again once the cause is fixed)");
    }
}
