package org.socialgov.gateway;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's own management endpoints: health for load balancers, its details and the metrics for operators only,
 * and no other management endpoint at all.
 */
@MicronautTest
class OperationsTest extends GatewayTestSupport {

    private static final String OPERATOR = TestTokens.user("ops", "socialgov", "OPERATOR");

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/health/liveness", "/health/readiness"})
    void healthAnswersWithoutTokenAndWithoutDetails(String path) {
        HttpResponse<String> response = send(request(path));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("UP"), response.body());
        assertFalse(response.body().contains("details"), response.body());
    }

    @Test
    void givenNoOperatorToken_whenMetricsAsked_thenRefused() {
        assertEquals(401, send(request("/prometheus")).statusCode());
        assertEquals(403, send(request("/prometheus").header("Authorization", "Bearer "
            + TestTokens.user("alice", "acme", "CONTRACT_MANAGER", "AUDITOR"))).statusCode());
    }

    @Test
    void givenOperatorToken_whenMetricsAsked_thenMetrics() {
        HttpResponse<String> response = send(request("/prometheus").header("Authorization", "Bearer " + OPERATOR));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("jvm_memory_used_bytes"), response.body());
    }

    @Test
    void givenATenantsToken_whenHealthAsked_thenStatusWithoutDetails() {
        HttpResponse<String> response = send(request("/health").header("Authorization", "Bearer "
            + TestTokens.user("alice", "acme", "CONTRACT_MANAGER")));

        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("details"), response.body());
    }

    @Test
    void givenOperatorToken_whenHealthAsked_thenDetails() {
        HttpResponse<String> response = send(request("/health").header("Authorization", "Bearer " + OPERATOR));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"details\""), response.body());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /beans", "GET, /routes", "GET, /info", "GET, /metrics", "GET, /threaddump", "GET, /loggers",
        "GET, /env", "GET, /caches", "POST, /refresh", "POST, /stop", "GET, /health/details"})
    void givenAnyCaller_whenAnUnusedManagementEndpointAsked_thenPlainNotFoundAndNothingLogged(String method,
                                                                                           String path) {
        for (String token : new String[] {null, OPERATOR}) {
            ListAppender<ILoggingEvent> log = new ListAppender<>();
            log.start();
            root().addAppender(log);
            try {
                HttpRequest.Builder request = request(path).method(method, HttpRequest.BodyPublishers.noBody());
                HttpResponse<String> answer = send(token == null ? request
                    : request.header("Authorization", "Bearer " + token));

                assertEquals(404, answer.statusCode(), answer.body());
                assertEquals(PROBLEM_JSON, answer.headers().firstValue("Content-Type").orElse(""));
                assertEquals("https://socialgov.org/problems/not-found", json(answer).get("type"));
                assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
                assertTrue(log.list.stream().noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN)),
                    () -> "logged: " + log.list);
            } finally {
                root().detachAppender(log);
            }
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
