package org.socialgov.gateway.dev;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes an enabled token endpoint impossible to miss in the log of a gateway that should not have it. */
@Singleton
@Requires(property = DevTokensController.ENABLED, value = "true")
class DevTokensWarning implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DevTokensWarning.class);

    @Override
    public void onApplicationEvent(StartupEvent event) {
        LOG.warn("Development tokens are enabled (POST /dev/tokens signs a token for anyone); never in production."
            + " Set SOCIALGOV_DEV_TOKENS=false to remove the endpoint.");
    }
}
