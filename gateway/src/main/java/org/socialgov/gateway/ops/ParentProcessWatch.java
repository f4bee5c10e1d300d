package org.socialgov.gateway.ops;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the local suite launcher starts the gateway, the gateway stops with it, even if the launcher is killed with
 * {@code kill -9}: an orphaned gateway would hold its port and block the next start. (The services have the same
 * watch in event-sourcing-platform, which the gateway does not depend on.)
 */
@Singleton
@Requires(env = "local-suite")
class ParentProcessWatch implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ParentProcessWatch.class);

    @Override
    public void onApplicationEvent(StartupEvent event) {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            LOG.warn("The suite launcher (pid {}) is gone; stopping the gateway too", parent.pid());
            System.exit(0);
        }));
    }
}
