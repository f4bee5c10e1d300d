package org.socialgov.platform.processing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.axon.EventStoreSettings;
import org.socialgov.platform.store.StoreFailures;

/**
 * What each tracking processor's projections are failing on, and when that becomes a stop. A projection that throws
 * is never skipped past: its processor rolls the batch back and tries again from the same event, waiting longer each
 * time (Axon's own retry: 1 s, 2 s, 4 s... at most 60 s). Two kinds of failure are told apart:
 * <ul>
 *   <li><b>The store was unreachable</b> ({@link StoreFailures#isUnreachable}): trying again later can succeed with
 *       nobody changing anything, so it is retried for as long as it takes, and it resets the count below.</li>
 *   <li><b>Anything else</b> (a bug, an event the projection cannot read, a write the store refuses): after
 *       {@code socialgov.events.failed-event-attempts} attempts on the same event, or once it has failed for
 *       {@code socialgov.events.failed-event-retry-for}, the processor is stopped, said so in the log in words, and
 *       its health is DOWN naming the event. It starts from that same event when started again.</li>
 * </ul>
 */
@Singleton
public class ProcessorFailures {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorFailures.class);

    private final int maxAttempts;
    private final Duration retryFor;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();

    public ProcessorFailures(EventStoreSettings settings) {
        this.maxAttempts = settings.getFailedEventAttempts();
        this.retryFor = settings.getFailedEventRetryFor();
    }

    /**
     * A processor's current failure: the event, how often it has failed on it in a row (failures while the store was
     * unreachable aside), since when, the last cause, and whether the processor was stopped for it.
     */
    public record Failure(FailedEvent event, int attempts, Instant since, String cause, boolean storeUnreachable,
                          boolean stopped) {
    }

    /**
     * The interceptor that tells this of every event the named processor handles or fails on; it runs
     * {@code stopProcessor} when the processor must stop.
     */
    public MessageHandlerInterceptor<EventMessage<?>> watch(String processor, Runnable stopProcessor) {
        return new FailureWatch(processor, this, stopProcessor);
    }

    /** Whether the processor must stop now, having failed on {@code event} once more because of {@code cause}. */
    boolean failed(String processor, EventMessage<?> event, Throwable cause) {
        FailedEvent failedEvent = FailedEvent.of(event);
        Instant now = clock.instant();
        String reason = describe(cause);
        if (StoreFailures.isUnreachable(cause)) {
            failures.put(processor, new Failure(failedEvent, 0, now, reason, true, false));
            LOG.warn("Projection {} could not reach the store while handling event {}; it tries again: {}", processor,
                failedEvent.describe(), reason);
            return false;
        }
        Failure previous = failures.get(processor);
        boolean again = previous != null && !previous.stopped() && !previous.storeUnreachable()
            && previous.event().eventId().equals(failedEvent.eventId());
        int attempts = again ? previous.attempts() + 1 : 1;
        Instant since = again ? previous.since() : now;
        boolean stop = attempts >= maxAttempts || !Duration.between(since, now).minus(retryFor).isNegative();
        failures.put(processor, new Failure(failedEvent, attempts, since, reason, false, stop));
        if (stop) {
            LOG.error("Projection {} stopped at event {} after {} attempts: {}. Nothing after that event is applied"
                    + " until the processor runs again (restart the service once the cause is fixed); it then"
                    + " continues from that event.", processor, failedEvent.describe(), attempts, reason, cause);
        } else {
            LOG.warn("Projection {} failed on event {} (attempt {} of {}); it tries again: {}", processor,
                failedEvent.describe(), attempts, maxAttempts, reason, attempts == 1 ? cause : null);
        }
        return stop;
    }

    /** The event the processor had failed on is handled now: the failure is over. */
    void handled(String processor, EventMessage<?> event) {
        Failure failure = failures.get(processor);
        if (failure != null && failure.event().eventId().equals(event.getIdentifier())
            && failures.remove(processor, failure)) {
            LOG.info("Projection {} handled event {} {}", processor, failure.event().describe(),
                failure.storeUnreachable() ? "once the store could be reached again"
                    : "after " + failure.attempts() + " failed attempt(s)");
        }
    }

    public Optional<Failure> current(String processor) {
        return Optional.ofNullable(failures.get(processor));
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == cause ? String.valueOf(cause.getMessage())
            : cause.getMessage() + " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        return cause.getClass().getSimpleName() + ": " + message;
    }
}
