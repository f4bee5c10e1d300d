package org.socialgov.contract.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.socialgov.platform.process.ClockFactory;

/** A service whose clock stands at the start of the day {@code test.today}, so that a test can pick the day. */
@Factory
@Requires(property = CalendarDayClock.TODAY)
class CalendarDayClock {

    static final String TODAY = "test.today";

    @Singleton
    @Replaces(factory = ClockFactory.class, bean = Clock.class)
    Clock clock(@Value("${" + TODAY + "}") String today) {
        return Clock.fixed(LocalDate.parse(today).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }
}
