package org.socialgov.gateway.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.GatewayTestSupport;

/**
 * Every answer, a service's or the gateway's own error, carries the headers that keep a browser from running,
 * framing or caching it; and no error shows a stack trace or an internal address. CORS is closed by default.
 */
@MicronautTest
class SecurityHeadersTest extends GatewayTestSupport {

    @Test
    void givenAnyAnswer_thenSecurityHeadersAndAuthenticatedAnswersAreNotStored() {
        for (HttpResponse<String> response : List.of(send(authorized("/api/contracts/c-1")),
            send(request("/api/contracts/c-1")), send(authorized("/api/policies/p-1")),
            send(request("/api/public/acme/policy")))) {
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null),
                response.statusCode() + " " + response.uri());
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null));
            assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(null));
            assertEquals("default-src 'none'; frame-ancestors 'none'",
                response.headers().firstValue("Content-Security-Policy").orElse(null));
        }
        assertEquals("no-store", send(authorized("/api/contracts/c-1")).headers().firstValue("Cache-Control")
            .orElse(null));
    }

    @Test
    void givenServiceDown_whenAnswered_thenNoInternalAddressOrStackTrace() {
        HttpResponse<String> down = send(authorized("/api/policies/p-1"));

        assertEquals(503, down.statusCode());
        assertEquals("5", down.headers().firstValue("Retry-After").orElse(null));
        assertFalse(down.body().contains("localhost") || down.body().contains(Integer.toString(closedPort))
            || down.body().contains("Exception") || down.body().contains("\tat "), down.body());
    }

    @Test
    void givenBrowserOnAnotherOrigin_whenPreflightSent_thenNotAllowedByDefault() {
        HttpResponse<String> preflight = send(request("/api/contracts").method("OPTIONS",
                HttpRequest.BodyPublishers.noBody())
            .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST"));

        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
            preflight.headers().map().toString());
    }
}
