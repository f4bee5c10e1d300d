package org.socialgov.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ./run-suite starts: every application, on its own store database, healthy and measured. */
class WholeSuiteEndToEndTest {

    @TempDir
    Path dataDir;

    @Test
    void givenWholeSuite_whenStarted_thenEveryApplicationIsHealthyAndExportsMetrics() {
        Map<SuiteApplication, Integer> ports = RunningSuite.freePorts();
        try (LocalSuite suite = LocalSuite.start(RunningSuite.REPOSITORY, dataDir, 0,
            EnumSet.allOf(SuiteApplication.class), ports, System.out::println)) {
            for (SuiteApplication application : SuiteApplication.values()) {
                HttpResponse<String> health = get(suite.url(application) + "/health/readiness");
                assertEquals(200, health.statusCode(), application + ": " + health.body());
                HttpResponse<String> metrics = get(suite.url(application) + "/prometheus");
                assertEquals(200, metrics.statusCode(), application.module());
                assertTrue(metrics.body().contains("jvm_memory_used_bytes"), application.module());
            }
            HttpResponse<String> throughGateway = get(suite.gatewayUrl() + "/api/policies/anything");
            assertEquals(401, throughGateway.statusCode(), "policy routes need a token like every other route");
        }
    }

    private static HttpResponse<String> get(String url) {
        return RunningSuite.send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }
}
