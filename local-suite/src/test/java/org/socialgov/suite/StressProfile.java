package org.socialgov.suite;

import java.time.Duration;

/**
 * How hard and how long a fault test pushes: a short form that CI runs with every build, and a long form on demand
 * with {@code -Dsocialgov.stress=long} (Surefire hands {@code -D} settings of the mvn command to the tests' JVM).
 */
record StressProfile(String name, int clients, Duration before, Duration outage, int outages, Duration after) {

    static StressProfile current() {
        if (StressLevel.current() == StressLevel.LONG) {
            return new StressProfile("long", 6, Duration.ofSeconds(10), Duration.ofSeconds(20), 2,
                Duration.ofSeconds(15));
        }
        return new StressProfile("short", 3, Duration.ofSeconds(3), Duration.ofSeconds(10), 1, Duration.ofSeconds(3));
    }
}
