package org.socialgov.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What ./run-suite starts: every application, on its own store database, healthy and measured (metrics and health
 * details for operators only; no other management endpoint).
 */
class WholeSuiteEndToEndTest {

    @TempDir
    Path dataDir;

    @Test
    void givenWholeSuite_whenStarted_thenEveryApplicationIsHealthyAndExportsMetrics() {
        Map<SuiteApplication, Integer> ports = FreePorts.forEveryApplication();
        try (LocalSuite suite = LocalSuite.start(RunningSuite.REPOSITORY, dataDir, 0,
            EnumSet.allOf(SuiteApplication.class), ports, System.out::println)) {
            for (SuiteApplication application : SuiteApplication.values()) {
                HttpResponse<String> health = get(suite.url(application) + "/health/readiness");
                assertEquals(200, health.statusCode(), application + ": " + health.body());
                assertFalse(health.body().contains("details"), application + " shows anyone its health details");
                assertEquals(404, get(suite.url(application) + "/beans").statusCode(),
                    application + ": management endpoints nothing uses are off");
                if (application == SuiteApplication.CONSOLE) {
                    // The console keeps no metrics of its own (its calls show in the gateway's): nothing to expose.
                    assertEquals(404, get(suite.url(application) + "/prometheus").statusCode());
                    continue;
                }
                // An operator's token: at the gateway one from the identity provider, at a service the internal one.
                String operator = application == SuiteApplication.GATEWAY
                    ? SignedToken.user(suite.userTokenSecret(), "ops", "socialgov", "OPERATOR")
                    : SignedToken.internal(suite.internalTokenSecret(), "ops", "socialgov", "OPERATOR");
                HttpResponse<String> metrics = RunningSuite.send(HttpRequest.newBuilder(
                    URI.create(suite.url(application) + "/prometheus")).header("Authorization", "Bearer " + operator)
                    .GET().build());
                assertEquals(200, metrics.statusCode(), application.module());
                assertTrue(metrics.body().contains("jvm_memory_used_bytes"), application.module());
                assertEquals(401, get(suite.url(application) + "/prometheus").statusCode(),
                    application + ": metrics are the operators' alone");
            }
            HttpResponse<String> throughGateway = get(suite.gatewayUrl() + "/api/policies/anything");
            assertEquals(401, throughGateway.statusCode(), "policy routes need a token like every other route");
            HttpResponse<String> console = get(suite.gatewayUrl() + "/");
            assertEquals(303, console.statusCode(), "the gateway serves the console, which asks to sign in");
            assertEquals("/sign-in", console.headers().firstValue("Location").orElse(""));
        }
    }

    private static HttpResponse<String> get(String url) {
        return RunningSuite.send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }
}
