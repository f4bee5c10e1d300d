package org.socialgov.gateway.identity;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * What the gateway allows of every bearer token it is shown, whoever issued it (itself for machine clients and
 * development tokens, or the identity provider): how long a token may live at most ({@code max-lifetime}, default
 * 24 hours), and how far the issuer's clock may run ahead of the gateway's ({@code clock-skew}, default 60 s).
 */
@ConfigurationProperties("socialgov.gateway.tokens")
public class TokenSettings {

    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private Duration maxLifetime = Duration.ofHours(24);
    private Duration clockSkew = Duration.ofSeconds(60);

    public Duration getMaxLifetime() {
        return maxLifetime;
    }

    public void setMaxLifetime(Duration maxLifetime) {
        this.maxLifetime = maxLifetime;
    }

    public Duration getClockSkew() {
        return clockSkew;
    }

    public void setClockSkew(Duration clockSkew) {
        this.clockSkew = clockSkew;
    }
}
