package org.socialgov.platform.ops;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.runtime.Micronaut;
import org.socialgov.platform.rebuild.ProjectionRebuildCommand;

/**
 * What every service's {@code main} does: serve, or run the one operations command a service knows
 * ({@code rebuild-projections}) and exit with its status.
 */
public final class ServiceLauncher {

    /** The environment of a one-off command: the service's beans and store, but nothing served. */
    public static final String COMMAND_ENVIRONMENT = "command";

    private ServiceLauncher() {
    }

    public static void launch(Class<?> application, String... args) {
        if (ProjectionRebuildCommand.isRequested(args)) {
            System.exit(ProjectionRebuildCommand.run(commandContext(application, args), args));
        }
        Micronaut.run(application, args);
    }

    /**
     * The context a command runs in. It is never asked for the HTTP server, so none starts; its event processors wait
     * for the command to start those it needs. As nobody calls it, it verifies no caller's token: a random secret
     * stands in for the one the gateway shares with the service, so that an operator need not have it at hand.
     */
    public static ApplicationContextBuilder commandContext(Class<?> application, String... args) {
        byte[] unusedSecret = new byte[48];
        new SecureRandom().nextBytes(unusedSecret);
        return ApplicationContext.builder(application).args(args).environments(COMMAND_ENVIRONMENT)
            .properties(Map.of(
                "socialgov.events.start-processors", false,
                "micronaut.security.token.jwt.signatures.secret.internal.secret",
                Base64.getEncoder().encodeToString(unusedSecret)));
    }
}
