package org.socialgov.gateway.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.socialgov.gateway.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExpiringCacheTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    private final MutableClock clock = MutableClock.stoppedAt(START);

    @Test
    void givenValueKeptUntilAnInstant_thenServedBeforeItAndNeverFromItOn() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(10, clock);
        cache.put("key", "value", START.plusSeconds(60));

        clock.shift(Duration.ofSeconds(60).minusMillis(1));
        assertEquals(Optional.of("value"), cache.get("key"));
        clock.shift(Duration.ofSeconds(60));
        assertEquals(Optional.empty(), cache.get("key"));
        clock.shift(Duration.ofSeconds(61));
        assertEquals(Optional.empty(), cache.get("key"));
    }

    @Test
    void givenValueAlreadyExpired_whenPut_thenNotKept() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(10, clock);

        cache.put("key", "value", START);

        assertEquals(Optional.empty(), cache.get("key"));
        assertEquals(0, cache.size());
    }

    @Test
    void givenFullOfLiveValues_whenAnotherPut_thenNotKeptAndTheOthersStay() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(2, clock);
        cache.put("a", "A", START.plusSeconds(60));
        cache.put("b", "B", START.plusSeconds(60));

        cache.put("c", "C", START.plusSeconds(60));

        assertEquals(2, cache.size());
        assertEquals(Optional.empty(), cache.get("c"));
        assertEquals(Optional.of("A"), cache.get("a"));
        assertEquals(Optional.of("B"), cache.get("b"));
    }

    @Test
    void givenFullWithExpiredValues_whenAnotherPut_thenExpiredDroppedAndNewKept() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(2, clock);
        cache.put("a", "A", START.plusSeconds(10));
        cache.put("b", "B", START.plusSeconds(60));
        clock.shift(Duration.ofSeconds(10));

        cache.put("c", "C", START.plusSeconds(70));

        assertEquals(2, cache.size());
        assertEquals(Optional.of("C"), cache.get("c"));
        assertEquals(Optional.of("B"), cache.get("b"));
        assertEquals(Optional.empty(), cache.get("a"));
    }
}
