package org.socialgov.platform.eventstore;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * How often the store is asked for new events by the event store's producer, the one reader that follows the head
 * of the stream for every processor at the head: at once while events come, then, while none do, less and less
 * often, from the shortest interval doubling up to the longest. Whatever shows that something may be new brings it
 * back to asking at once: an append through this engine (in this process), or a reader that waits for the newest
 * events ({@link #wakeUp}). Appends made elsewhere (another instance, another service's store) are therefore seen
 * within the longest interval, and an idle stream costs one small read per longest interval.
 */
final class IdlePolling {

    private final LongSupplier clock;
    private final long shortestNanos;
    private final long longestNanos;
    private long intervalNanos;
    private long nextPollAt;
    /** Counts wake-ups, so that a poll that began before one cannot push the next poll back after it. */
    private long wakeUps;

    IdlePolling(Duration shortest, Duration longest) {
        this(shortest, longest, System::nanoTime);
    }

    /** With a clock that counts nanoseconds, as {@link System#nanoTime()} does. */
    IdlePolling(Duration shortest, Duration longest, LongSupplier clock) {
        this.clock = clock;
        this.shortestNanos = shortest.toNanos();
        this.longestNanos = Math.max(shortestNanos, longest.toNanos());
        this.intervalNanos = shortestNanos;
        this.nextPollAt = clock.getAsLong();
    }

    /** Whether the store should be asked now: then the poll, for {@link #polled}; else empty. */
    synchronized OptionalLong due() {
        return clock.getAsLong() - nextPollAt >= 0 ? OptionalLong.of(wakeUps) : OptionalLong.empty();
    }

    /**
     * After asking: at once again if events were found, or if something woke polling up meanwhile; else after the
     * current interval, which doubles for the next time, up to the longest.
     */
    synchronized void polled(long poll, boolean foundEvents) {
        if (foundEvents || wakeUps != poll) {
            intervalNanos = shortestNanos;
            nextPollAt = clock.getAsLong();
        } else {
            nextPollAt = clock.getAsLong() + intervalNanos;
            intervalNanos = Math.min(longestNanos, intervalNanos * 2);
        }
    }

    /** Something may be new: ask at once, and quickly again for a while. */
    synchronized void wakeUp() {
        wakeUps++;
        intervalNanos = shortestNanos;
        nextPollAt = clock.getAsLong();
    }
}
