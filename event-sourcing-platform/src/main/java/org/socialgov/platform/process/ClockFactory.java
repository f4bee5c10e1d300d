package org.socialgov.platform.process;

import java.time.Clock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The one clock a service reads the time from, in UTC, the zone the business rules count days in. One bean, so that
 * a test can move time forward (a deadline watch's test lets days pass without waiting for them).
 */
@Factory
public class ClockFactory {

    @Singleton
    public Clock clock() {
        return Clock.systemUTC();
    }
}
