package org.socialgov.policy;

import io.micronaut.runtime.Micronaut;

/** Starts the policy service. */
public final class PolicyServiceApplication {

    private PolicyServiceApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(PolicyServiceApplication.class, args);
    }
}
