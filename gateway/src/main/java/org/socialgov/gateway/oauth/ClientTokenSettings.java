package org.socialgov.gateway.oauth;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * How long a client's access token lives ({@code lifetime}, default 10 minutes), and for how long one gateway may
 * go on trusting what it last read about a client ({@code status-cache}, default 5 s): the bound on how late a
 * revocation or rotation made through another gateway instance takes effect on this one.
 */
@ConfigurationProperties("socialgov.gateway.client-tokens")
public class ClientTokenSettings {

    static final Duration MAX_LIFETIME = Duration.ofHours(1);
    static final Duration MAX_STATUS_CACHE = Duration.ofSeconds(30);

    private Duration lifetime = Duration.ofMinutes(10);
    private Duration statusCache = Duration.ofSeconds(5);

    public Duration getLifetime() {
        return lifetime;
    }

    public void setLifetime(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration getStatusCache() {
        return statusCache;
    }

    public void setStatusCache(Duration statusCache) {
        this.statusCache = statusCache;
    }
}
