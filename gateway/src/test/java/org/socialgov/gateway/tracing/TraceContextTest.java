package org.socialgov.gateway.tracing;

import java.net.http.HttpResponse;
import java.util.UUID;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.GatewayTestSupport;
import org.socialgov.gateway.backend.Echo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class TraceContextTest extends GatewayTestSupport {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void givenRequestIdAndTraceparent_thenServiceGetsThemAndCallerGetsIdBack() {
        HttpResponse<String> response = send(authorized("/api/contracts/c-1")
            .header("X-Request-Id", "client-42.a_b")
            .header("traceparent", TRACEPARENT)
            .header("tracestate", "vendor=abc"));

        assertEquals(200, response.statusCode(), response.body());
        Echo echo = echo(response);
        assertEquals("client-42.a_b", echo.headers().get("x-request-id").get(0));
        assertEquals(TRACEPARENT, echo.headers().get("traceparent").get(0));
        assertEquals("vendor=abc", echo.headers().get("tracestate").get(0));
        assertEquals("client-42.a_b", response.headers().firstValue("X-Request-Id").orElse(null));
    }

    @Test
    void givenNeither_thenBothAreGenerated() {
        HttpResponse<String> response = send(authorized("/api/contracts/c-1"));

        Echo echo = echo(response);
        String requestId = echo.headers().get("x-request-id").get(0);
        UUID.fromString(requestId);
        assertEquals(requestId, response.headers().firstValue("X-Request-Id").orElse(null));
        assertTrue(TraceHeaders.isValidTraceparent(echo.headers().get("traceparent").get(0)));
        assertEquals(1, echo.headers().get("x-request-id").size());
    }

    @Test
    void givenMalformedValues_thenTheyAreReplaced() {
        String tooLong = "x".repeat(129);

        HttpResponse<String> response = send(authorized("/api/contracts/c-1")
            .header("X-Request-Id", tooLong)
            .header("traceparent", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")
            .header("tracestate", "vendor=abc"));

        Echo echo = echo(response);
        assertEquals(1, echo.headers().get("x-request-id").size());
        String requestId = echo.headers().get("x-request-id").get(0);
        assertNotEquals(tooLong, requestId);
        UUID.fromString(requestId);
        String traceparent = echo.headers().get("traceparent").get(0);
        assertTrue(TraceHeaders.isValidTraceparent(traceparent), traceparent);
        assertNotEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", traceparent);
        assertEquals(null, echo.headers().get("tracestate"), "tracestate of a discarded trace is dropped");
        assertEquals(requestId, response.headers().firstValue("X-Request-Id").orElse(null));
    }

    @Test
    void givenRefusedRequest_thenRequestIdIsStillReturned() {
        HttpResponse<String> unauthenticated = send(request("/api/contracts/c-1").header("X-Request-Id", "r-401"));
        HttpResponse<String> notFound = send(request("/nowhere"));

        assertEquals(401, unauthenticated.statusCode());
        assertEquals("r-401", unauthenticated.headers().firstValue("X-Request-Id").orElse(null));
        assertEquals(404, notFound.statusCode());
        UUID.fromString(notFound.headers().firstValue("X-Request-Id").orElseThrow());
    }
}
