package org.socialgov.platform.ops;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the local suite launcher starts a service, the service stops with it, even if the launcher is killed with
 * {@code kill -9}: otherwise orphaned services would hold their ports and block the next start.
 */
@Singleton
@Requires(env = "local-suite")
public class ParentProcessWatch implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ParentProcessWatch.class);

    @Override
    public void onApplicationEvent(StartupEvent event) {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            LOG.warn("The suite launcher (pid {}) is gone; stopping this service too", parent.pid());
            System.exit(0);
        }));
    }
}
