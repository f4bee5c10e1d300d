package org.socialgov.incident;

import io.micronaut.runtime.Micronaut;

/** Starts the incident service. */
public final class IncidentServiceApplication {

    private IncidentServiceApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(IncidentServiceApplication.class, args);
    }
}
