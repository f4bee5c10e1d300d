package org.socialgov.gateway;

import java.net.http.HttpResponse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's own management endpoints: health for load balancers, metrics for operators only. */
@MicronautTest
class OperationsTest extends GatewayTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/health/liveness", "/health/readiness"})
    void healthAnswersWithoutToken(String path) {
        HttpResponse<String> response = send(request(path));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("UP"), response.body());
    }

    @Test
    void givenNoOperatorToken_whenMetricsAsked_thenRefused() {
        assertEquals(401, send(request("/prometheus")).statusCode());
        assertEquals(403, send(request("/prometheus").header("Authorization", "Bearer "
            + TestTokens.user("alice", "acme", "CONTRACT_MANAGER", "AUDITOR"))).statusCode());
    }

    @Test
    void givenOperatorToken_whenMetricsAsked_thenMetrics() {
        HttpResponse<String> response = send(request("/prometheus").header("Authorization", "Bearer "
            + TestTokens.user("ops", "socialgov", "OPERATOR")));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("jvm_memory_used_bytes"), response.body());
    }

    @Test
    void givenAnyCaller_whenHealthAsked_thenStatusWithoutDetails() {
        HttpResponse<String> response = send(request("/health").header("Authorization", "Bearer "
            + TestTokens.user("alice", "acme", "CONTRACT_MANAGER")));

        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("details"), response.body());
    }
}
