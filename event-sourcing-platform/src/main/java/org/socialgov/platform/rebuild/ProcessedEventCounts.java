package org.socialgov.platform.rebuild;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.inject.Singleton;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

/**
 * Counts, per event processor, the events it has taken from the store and finished with: handled by a projection
 * or ignored because no handler of the processor wants them. Both count, because a rebuild's total is every stored
 * event, not only those a projection happens to handle. A failed handling is not counted: the processor rolls the
 * batch back and handles it again.
 */
@Singleton
public class ProcessedEventCounts {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    /** The monitor Axon calls for the processor with this name. */
    public MessageMonitor<Message<?>> monitorFor(String processorName) {
        LongAdder count = counter(processorName);
        return message -> new MessageMonitor.MonitorCallback() {
            @Override
            public void reportSuccess() {
                count.increment();
            }

            @Override
            public void reportFailure(Throwable cause) {
                // Counted when the retry succeeds.
            }

            @Override
            public void reportIgnored() {
                count.increment();
            }
        };
    }

    /** Events the processor has finished with since this service started. */
    public long processed(String processorName) {
        return counter(processorName).sum();
    }

    private LongAdder counter(String processorName) {
        return counts.computeIfAbsent(processorName, name -> new LongAdder());
    }
}
