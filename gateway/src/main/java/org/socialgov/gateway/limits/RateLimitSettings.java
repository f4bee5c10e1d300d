package org.socialgov.gateway.limits;

import io.micronaut.context.annotation.ConfigurationProperties;

/** How many requests a client may send: {@code burst} at once, {@code per-second} sustained. */
@ConfigurationProperties("socialgov.gateway.rate-limit")
public class RateLimitSettings {

    private boolean enabled = true;
    private double perSecond = 50;
    private int burst = 100;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public double getPerSecond() {
        return perSecond;
    }

    public void setPerSecond(double perSecond) {
        this.perSecond = perSecond;
    }

    public int getBurst() {
        return burst;
    }

    public void setBurst(int burst) {
        this.burst = burst;
    }
}
