package org.socialgov.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand, so that time-bound behaviour is tested without waiting. */
public final class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** From now on, this clock is {@code offset} away from the real time. */
    public void shift(Duration offset) {
        this.offset = offset;
    }

    public void reset() {
        shift(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
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
