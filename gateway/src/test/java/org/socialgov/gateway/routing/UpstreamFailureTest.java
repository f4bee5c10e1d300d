package org.socialgov.gateway.routing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.GatewayTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code policies} route leads to a closed port; the read timeout is one second. */
@MicronautTest
class UpstreamFailureTest extends GatewayTestSupport {

    @Test
    void givenServiceDown_thenServiceUnavailableProblem() {
        HttpResponse<String> response = send(authorized("/api/policies/p-1").header("X-Request-Id", "down-1"));

        assertEquals(503, response.statusCode(), response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("down-1", response.headers().firstValue("X-Request-Id").orElse(null));
        Map<String, Object> problem = json(response);
        assertEquals("https://socialgov.org/problems/service-unavailable", problem.get("type"));
        assertEquals("/api/policies/p-1", problem.get("instance"));
        assertEquals("down-1", problem.get("requestId"));
    }

    @Test
    void givenServiceSlowerThanReadTimeout_thenGatewayTimeoutProblem() {
        Instant started = Instant.now();

        HttpResponse<String> response = send(authorized("/api/contracts/slow"));

        assertEquals(504, response.statusCode(), response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("X-Request-Id").isPresent());
        assertEquals("https://socialgov.org/problems/gateway-timeout", json(response).get("type"));
        assertTrue(Duration.between(started, Instant.now()).toSeconds() < 4, "answered at the timeout, not later");
    }
}
