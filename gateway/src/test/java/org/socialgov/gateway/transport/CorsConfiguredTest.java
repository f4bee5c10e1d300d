package org.socialgov.gateway.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.GatewayTestSupport;

/** CORS opened to one web front end: that origin may call the API from a browser, no other may. */
@MicronautTest
class CorsConfiguredTest extends GatewayTestSupport {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("socialgov.gateway.cors.allowed-origins", "https://app.acme.example, https://admin.acme.example");
    }

    @Test
    void givenConfiguredOrigin_whenPreflightSent_thenAllowed() {
        HttpResponse<String> preflight = send(preflightFrom("https://app.acme.example"));

        assertEquals(200, preflight.statusCode(), preflight.body() + preflight.headers().map());
        assertEquals("https://app.acme.example",
            preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void givenOtherOrigin_whenPreflightSent_thenRefused() {
        HttpResponse<String> preflight = send(preflightFrom("https://evil.example"));

        assertEquals(403, preflight.statusCode());
        assertEquals(PROBLEM_JSON, preflight.headers().firstValue("Content-Type").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
            preflight.headers().map().toString());
    }

    @Test
    void givenConfiguredOrigin_whenActualRequestSent_thenAnswerReadableByThatOriginOnly() {
        HttpResponse<String> allowed = send(authorized("/api/contracts/c-1").header("Origin",
            "https://admin.acme.example"));
        HttpResponse<String> other = send(authorized("/api/contracts/c-1").header("Origin", "https://evil.example"));

        assertEquals("https://admin.acme.example",
            allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    private HttpRequest.Builder preflightFrom(String origin) {
        return request("/api/contracts").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin).header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "authorization,content-type");
    }
}
