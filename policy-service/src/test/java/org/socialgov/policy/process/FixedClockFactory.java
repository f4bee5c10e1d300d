package org.socialgov.policy.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.socialgov.platform.process.ClockFactory;

/** Stops the service's clock at {@code socialgov.test.clock}, for a test that lets days pass without waiting. */
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
