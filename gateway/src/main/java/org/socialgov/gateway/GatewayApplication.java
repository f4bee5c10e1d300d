package org.socialgov.gateway;

import io.micronaut.runtime.Micronaut;
import org.socialgov.gateway.ops.RegisterClientCommand;

/**
 * Starts the gateway, the single entry point of the suite; or, with {@code register-client ...}, registers a
 * machine client and exits (how a company gets its first enterprise admin).
 */
public final class GatewayApplication {

    private GatewayApplication() {
    }

    public static void main(String[] args) {
        if (RegisterClientCommand.isRequested(args)) {
            System.exit(RegisterClientCommand.run(RegisterClientCommand.context(), args, System.out));
        }
        Micronaut.run(GatewayApplication.class, args);
    }
}
