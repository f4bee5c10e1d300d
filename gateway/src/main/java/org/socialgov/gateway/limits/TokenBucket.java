package org.socialgov.gateway.limits;

/**
 * One client's allowance: up to {@code capacity} requests at once, refilled at {@code perSecond}. A burst is allowed,
 * a sustained flood is not.
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long refilledAt;
    private long lastUsedAt;

    TokenBucket(double capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.refilledAt = now;
        this.lastUsedAt = now;
    }

    /** Takes one request's token; when there is none, how many nanoseconds until there will be (else 0). */
    synchronized long take(long now) {
        tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
        lastUsedAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    synchronized boolean idleSince(long before) {
        return lastUsedAt < before;
    }
}
