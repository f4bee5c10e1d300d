package org.socialgov.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.socialgov.platform.process.ClockFactory;

/**
 * Stops a service's clock at {@code socialgov.test.clock} (an instant, e.g. {@code 2027-11-02T00:00:00Z}), for a test
 * that lets days pass without waiting for them.
 */
@Factory
@Requires(property = FixedClockFactory.SETTING)
public class FixedClockFactory {

    public static final String SETTING = "socialgov.test.clock";

    @Singleton
    @Replaces(factory = ClockFactory.class, bean = Clock.class)
    Clock fixedClock(@Value("${" + SETTING + "}") String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
