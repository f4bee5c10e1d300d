package org.socialgov.incident.config;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/** How close a deadline must be for an incident to be listed as due soon ({@code socialgov.incidents.due-soon}). */
@ConfigurationProperties("socialgov.incidents")
public class DueSoonSettings {

    private Duration dueSoon = Duration.ofHours(2);

    public Duration getDueSoon() {
        return dueSoon;
    }

    public void setDueSoon(Duration dueSoon) {
        this.dueSoon = dueSoon;
    }
}
