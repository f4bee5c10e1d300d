package org.socialgov.gateway.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.MutableClock;
import org.socialgov.gateway.clients.ClientAccess;
import org.socialgov.gateway.clients.ClientAccessChanged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The bound on how late a gateway notices a change made elsewhere: the cache's time to live, and not a moment more. */
class ClientStatusCacheTest {

    private static final ClientAccess ACTIVE = new ClientAccess(true, true, 1);
    private static final ClientAccess REVOKED = new ClientAccess(true, false, 1);

    private final Map<String, ClientAccess> registry = new ConcurrentHashMap<>(Map.of("c-1", ACTIVE));
    private final AtomicInteger reads = new AtomicInteger();
    private final MutableClock clock = MutableClock.stoppedAt(Instant.parse("2027-03-01T09:00:00Z"));
    private final ClientStatusCache cache = new ClientStatusCache(id -> {
        reads.incrementAndGet();
        return registry.getOrDefault(id, ClientAccess.UNKNOWN);
    }, Duration.ofSeconds(5), clock);

    @Test
    void givenRevocationThroughAnotherGateway_thenSeenOnceTheEntryIsFiveSecondsOld() {
        cache.load("c-1");
        registry.put("c-1", REVOKED);

        clock.shift(Duration.ofMillis(4_999));
        assertEquals(Optional.of(ACTIVE), cache.fresh("c-1"), "within the bound the last read is trusted");
        clock.shift(Duration.ofSeconds(5));
        assertEquals(Optional.empty(), cache.fresh("c-1"), "at the bound it must be read again");
        assertEquals(REVOKED, cache.load("c-1"));
        assertEquals(2, reads.get());
    }

    @Test
    void givenChangeThroughThisGateway_thenForgottenAtOnce() {
        cache.load("c-1");

        cache.onApplicationEvent(new ClientAccessChanged("c-1"));

        assertEquals(Optional.empty(), cache.fresh("c-1"));
    }

    @Test
    void givenUnknownClient_thenRememberedAsUnknown() {
        assertEquals(ClientAccess.UNKNOWN, cache.load("c-404"));
        assertEquals(Optional.of(ClientAccess.UNKNOWN), cache.fresh("c-404"));
    }

    @Test
    void givenTimeToLiveOverThirtySeconds_thenRefused() {
        assertThrows(ConfigurationException.class,
            () -> new ClientStatusCache(id -> ACTIVE, Duration.ofSeconds(31), clock));
    }
}
