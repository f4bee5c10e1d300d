package org.socialgov.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand, so that time-bound behaviour is tested without waiting: either the real time
 * shifted by an offset, or a stopped time that moves only when shifted.
 */
public final class MutableClock extends Clock {

    private final Instant stoppedAt;
    private volatile Duration offset = Duration.ZERO;

    /** The real time, until shifted. */
    public MutableClock() {
        this(null);
    }

    private MutableClock(Instant stoppedAt) {
        this.stoppedAt = stoppedAt;
    }

    /** A clock that stands still at {@code instant} until shifted. */
    public static MutableClock stoppedAt(Instant instant) {
        return new MutableClock(instant);
    }

    /** From now on, this clock is {@code offset} away from its start (the real time, or where it stopped). */
    public void shift(Duration offset) {
        this.offset = offset;
    }

    public void reset() {
        shift(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return (stoppedAt == null ? Instant.now() : stoppedAt).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }
}
