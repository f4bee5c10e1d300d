package org.socialgov.gateway.config;

import java.time.Clock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The time the gateway stamps on tokens and registry changes; one bean, so that a test can hold it still. */
@Factory
public class ClockFactory {

    @Singleton
    public Clock clock() {
        return Clock.systemUTC();
    }
}
