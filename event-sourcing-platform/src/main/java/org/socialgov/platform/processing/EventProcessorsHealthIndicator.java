package org.socialgov.platform.processing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.reactivestreams.Publisher;
import org.socialgov.platform.eventstore.PositionedEventStorageEngine;
import org.socialgov.platform.upstream.UpstreamEventSources;
import org.socialgov.platform.upstream.UpstreamFeed;

/**
 * {@code eventProcessors} in the service's health: each tracking processor's state, its position in the stream it
 * reads (its token's), the head of that stream and the lag between them, for the service's own events and for the
 * other services' it follows. DOWN when a processor is not running, above all when it was stopped on an event it
 * cannot handle ({@link ProcessorFailures}): the event is named. A processor retrying, on an unreachable store or
 * within its attempts, is UP with the failure in its details. Details are for operators only
 * ({@link org.socialgov.platform.ops.OperatorHealthEndpoint}).
 */
@Singleton
public class EventProcessorsHealthIndicator implements HealthIndicator {

    static final String NAME = "eventProcessors";

    /** Lazily: the processors are part of Axon's configuration, which is built after the beans it uses. */
    private final BeanProvider<Configuration> axon;
    private final BeanProvider<PositionedEventStorageEngine> ownEvents;
    private final UpstreamEventSources upstream;
    private final ProcessorFailures failures;
    private final StoredTokenPositions storedTokens;
    private final ExecutorService executor;

    public EventProcessorsHealthIndicator(BeanProvider<Configuration> axon,
                                          BeanProvider<PositionedEventStorageEngine> ownEvents,
                                          UpstreamEventSources upstream, ProcessorFailures failures,
                                          StoredTokenPositions storedTokens,
                                          @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.axon = axon;
        this.ownEvents = ownEvents;
        this.upstream = upstream;
        this.failures = failures;
        this.storedTokens = storedTokens;
        this.executor = executor;
    }

    /** On a blocking thread: reading the heads of the streams asks the store. */
    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(this::result, executor));
    }

    /** The processors' health now, each processor's details by its name. */
    public HealthResult result() {
        Map<String, Object> details = new TreeMap<>();
        Map<String, Object> heads = new HashMap<>();
        boolean[] down = {false};
        axon.get().eventProcessingConfiguration().eventProcessors().values().stream()
            .filter(TrackingEventProcessor.class::isInstance)
            .map(TrackingEventProcessor.class::cast)
            .forEach(processor -> {
                down[0] |= !processor.isRunning();
                details.put(processor.getName(), describe(processor, heads));
            });
        return HealthResult.builder(NAME, down[0] ? HealthStatus.DOWN : HealthStatus.UP).details(details).build();
    }

    private Map<String, Object> describe(TrackingEventProcessor processor, Map<String, Object> heads) {
        String name = processor.getName();
        Map<String, Object> details = new LinkedHashMap<>();
        Optional<ProcessorFailures.Failure> failure = failures.current(name);
        boolean running = processor.isRunning();
        Optional<EventTrackerStatus> inError = processor.processingStatus().values().stream()
            .filter(EventTrackerStatus::isErrorState).findFirst();
        details.put("state", !running ? failure.filter(ProcessorFailures.Failure::stopped).isPresent() ? "stopped"
            : "not running" : failure.isPresent() || inError.isPresent() ? "retrying" : "running");
        Optional<UpstreamFeed> feed = upstream.feed(name);
        details.put("stream", feed.map(UpstreamFeed::owner).orElse("own events"));
        OptionalLong position = position(processor);
        Object head = heads.computeIfAbsent(feed.map(UpstreamFeed::processingGroup).orElse(""), source -> head(feed));
        details.put("position", position.isPresent() ? position.getAsLong() : null);
        details.put("head", head);
        if (position.isPresent() && head instanceof Long newest) {
            details.put("lag", Math.max(0, newest - position.getAsLong()));
        }
        failure.ifPresent(current -> details.put("failure", failureDetails(current)));
        if (failure.isEmpty()) {
            inError.ifPresent(status -> details.put("failure", Map.of("cause", String.valueOf(
                status.getError().getMessage()))));
        }
        return details;
    }

    private OptionalLong position(TrackingEventProcessor processor) {
        if (processor.isRunning() && !processor.processingStatus().isEmpty()) {
            return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        }
        return storedTokens.of(processor.getName());
    }

    /** The newest position in the stream, or why it is unknown. */
    private Object head(Optional<UpstreamFeed> feed) {
        try {
            Optional<Long> newest = feed.isPresent() ? upstream.newestPosition(feed.get().processingGroup())
                : ownEvents.get().newestPosition();
            return newest.orElse(0L);
        } catch (RuntimeException e) {
            return "unknown: " + e.getMessage();
        }
    }

    private static Map<String, Object> failureDetails(ProcessorFailures.Failure failure) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("event", failure.event().describe());
        details.put("eventId", failure.event().eventId());
        details.put("attempts", failure.attempts());
        details.put("since", failure.since().toString());
        details.put("cause", failure.cause());
        details.put("storeUnreachable", failure.storeUnreachable());
        return details;
    }
}
