package org.socialgov.gateway.routing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.GatewayTestSupport;
import org.socialgov.gateway.backend.Echo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With a console configured, the browser's pages go to it; the gateway's own paths and the API stay the gateway's. */
@MicronautTest
class ConsoleRoutingTest extends GatewayTestSupport {

    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'";

    /** A stand-in console on its own port: answers every page with what it received, and its own page headers. */
    private final HttpServer console = startConsole();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("socialgov.gateway.console.url", "http://127.0.0.1:" + console.getAddress().getPort());
    }

    @AfterAll
    void stopConsole() {
        console.stop(0);
    }

    @Test
    void givenPagePath_whenRequested_thenConsoleAnswersWithItsCookieAndWithoutTheCallersToken() {
        HttpResponse<String> response = send(request("/reports/new?draft=1")
            .header("Cookie", "socialgov_session=abc")
            .header("Authorization", "Bearer not-for-the-console"));

        assertEquals(200, response.statusCode(), response.body());
        Echo echo = echo(response);
        assertEquals("/reports/new", echo.path());
        assertEquals("draft=1", echo.query());
        assertEquals(List.of("socialgov_session=abc"), echo.headers().get("cookie"));
        assertFalse(echo.headers().containsKey("authorization"), "the console keeps its own sessions");
        assertEquals(List.of("localhost:" + port), echo.headers().get("x-forwarded-host"),
            "the address the browser used, for the console's absolute links");
        assertEquals(List.of("http"), echo.headers().get("x-forwarded-proto"));
    }

    @Test
    void givenProxyInFrontOfTheGateway_whenPageRequested_thenItsForwardedHostAndProtoReachTheConsole() {
        Echo echo = echo(send(request("/").header("X-Forwarded-Host", "console.acme.example")
            .header("X-Forwarded-Proto", "https")));

        assertEquals(List.of("console.acme.example"), echo.headers().get("x-forwarded-host"));
        assertEquals(List.of("https"), echo.headers().get("x-forwarded-proto"));
    }

    @Test
    void givenStartPage_whenRequested_thenConsoleAnswersWithItsOwnPagePolicy() {
        HttpResponse<String> response = send(request("/"));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("/", echo(response).path());
        assertEquals(PAGE_POLICY, response.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
    }

    @Test
    void givenGatewaysOwnPaths_thenNotForwardedToTheConsole() {
        HttpResponse<String> unknownApi = send(request("/api/unknown/x"));
        HttpResponse<String> health = send(request("/health"));
        HttpResponse<String> apiPrefixLookalike = send(request("/apiary"));

        assertEquals(404, unknownApi.statusCode(), unknownApi.body());
        assertEquals(PROBLEM_JSON, unknownApi.headers().firstValue("Content-Type").orElse(""));
        assertEquals("default-src 'none'; frame-ancestors 'none'",
            unknownApi.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("UP"), health.body());
        assertEquals("/apiary", echo(apiPrefixLookalike).path());
    }

    /**
     * A query the gateway cannot decode must not make its own path fall through to the console. Written on a raw
     * socket: an HTTP client refuses to send such a request.
     */
    @Test
    void givenOwnPathWithAnUndecodableQuery_thenAnsweredByTheGatewayNotTheConsole() {
        for (String path : List.of("/api/contracts?x=%ZZ", "/api/admin/contracts/projections/rebuild?x=%ZZ",
            "/dev/tokens?x=%ZZ")) {
            String answer = rawExchange("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
            assertTrue(head.startsWith("http/1.1 4"), path + ": " + answer);
            assertTrue(head.contains("content-type: " + PROBLEM_JSON), path + ": " + answer);
            assertFalse(answer.contains("\"path\""), "the console's echo: " + answer);
        }
    }

    private HttpServer startConsole() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", this::answer);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        Echo echo = new Echo(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(), headers, null);
        byte[] body = jsonMapper.writeValueAsBytes(echo);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
        exchange.getResponseHeaders().set("Referrer-Policy", "same-origin");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
