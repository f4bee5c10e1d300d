package org.socialgov.platform.axon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import org.axonframework.config.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.platform.support.TestServices;

/** The suite runs without Axon Server and without calling home. */
class NoAxonServerTest {

    @TempDir
    Path dataDir;

    @Test
    void givenThePlatformClasspath_thenAxonServerConnectorIsAbsent() {
        assertThrows(ClassNotFoundException.class,
            () -> Class.forName("org.axonframework.axonserver.connector.AxonServerConfiguration"));
    }

    @Test
    void givenAxonStarted_thenItsCommandBusIsLocalAndTheUpdateCheckerIsOff() {
        try (ApplicationContext context = TestServices.start(dataDir, Map.of())) {
            Configuration axon = context.getBean(Configuration.class);
            assertEquals("SimpleCommandBus", axon.commandBus().getClass().getSimpleName());
            assertEquals("true", System.getProperty("axoniq.update-checker.disabled"));
        }
    }
}
