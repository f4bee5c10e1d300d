package org.socialgov.policy.web;

import java.nio.file.Path;
import java.util.Map;

import io.micronaut.core.type.Argument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.testsupport.ServiceRunner;

/** One real policy service per test class, on its own embedded store. */
abstract class PolicyServiceHttpTestBase {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @TempDir
    static Path dataDir;
    static ServiceRunner service;

    @BeforeAll
    static void startService() {
        service = ServiceRunner.start(dataDir, Map.of());
    }

    @AfterAll
    static void stopService() {
        service.close();
    }
}
