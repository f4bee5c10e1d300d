package org.socialgov.gateway.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values kept until an instant of their own and never served from then on, at most {@code capacity} of them. When
 * full, the expired ones are dropped; if that frees nothing, a new value is simply not kept (the caller does the
 * work again next time), so a flood of distinct keys costs memory up to the bound and no more.
 */
final class ExpiringCache<K, V> {

    private final int capacity;
    private final Clock clock;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    ExpiringCache(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    /** The value kept for the key, unless its time is up. */
    Optional<V> get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.until())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** Keeps the value until the given instant, if there is room. */
    void put(K key, V value, Instant until) {
        if (!clock.instant().isBefore(until)) {
            return;
        }
        if (entries.size() >= capacity && !entries.containsKey(key)) {
            Instant now = clock.instant();
            entries.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (entries.size() >= capacity) {
                return;
            }
        }
        entries.put(key, new Entry<>(value, until));
    }

    int size() {
        return entries.size();
    }

    private record Entry<V>(V value, Instant until) {
    }
}
