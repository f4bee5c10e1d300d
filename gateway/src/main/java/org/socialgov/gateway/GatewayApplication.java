package org.socialgov.gateway;

import io.micronaut.runtime.Micronaut;

/** Starts the gateway, the single entry point of the suite. */
public final class GatewayApplication {

    private GatewayApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(GatewayApplication.class, args);
    }
}
