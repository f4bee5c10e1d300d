package org.socialgov.console.config;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the local suite launcher starts the console, the console stops with it, even after {@code kill -9}: an
 * orphan would hold its port and block the next start. (The gateway and the services have the same watch.)
 */
@Singleton
@Requires(env = "local-suite")
class ParentProcessWatch implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ParentProcessWatch.class);

    @Override
    public void onApplicationEvent(StartupEvent event) {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            LOG.warn("The suite launcher (pid {}) is gone; stopping the console too", parent.pid());
            System.exit(0);
        }));
    }
}
