package org.socialgov.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.support.TestServer;
import org.socialgov.platform.support.TestTokens;

/**
 * A service's own port, as every service runs it: health for load balancers and the local suite, its details and the
 * metrics for operators (by the internal token) only, and no other management endpoint at all.
 */
class ManagementEndpointsHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String OPERATOR = TestTokens.internalToken("ops", "socialgov", List.of(Roles.OPERATOR));
    private static final String MANAGER = TestTokens.internalToken("alice", "acme", List.of(Roles.CONTRACT_MANAGER));

    @RegisterExtension
    static final TestServer SERVICE = new TestServer(Map.of());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/health", "/health/liveness", "/health/readiness"})
    void givenNoToken_whenHealthAsked_thenStatusWithoutDetails(String path) throws Exception {
        HttpResponse<String> health = send("GET", path, null);

        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
        assertFalse(health.body().contains("details"), health.body());
    }

    @Test
    void givenANonOperatorsToken_whenHealthAsked_thenStatusWithoutDetails() throws Exception {
        HttpResponse<String> health = send("GET", "/health", MANAGER);

        assertEquals(200, health.statusCode(), health.body());
        assertFalse(health.body().contains("details"), health.body());
    }

    @Test
    void givenAnOperatorsToken_whenHealthAsked_thenDetails() throws Exception {
        HttpResponse<String> health = send("GET", "/health", OPERATOR);

        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"details\""), health.body());
    }

    @Test
    void givenNoToken_whenMetricsAsked_thenUnauthenticated() throws Exception {
        HttpResponse<String> metrics = send("GET", "/prometheus", null);

        assertEquals(401, metrics.statusCode(), metrics.body());
        assertEquals("application/problem+json", metrics.headers().firstValue("Content-Type").orElse(""));
        assertFalse(metrics.body().contains("jvm_"), metrics.body());
    }

    @Test
    void givenAnInternalTokenWithoutTheOperatorRole_whenMetricsAsked_thenForbidden() throws Exception {
        HttpResponse<String> metrics = send("GET", "/prometheus", MANAGER);

        assertEquals(403, metrics.statusCode(), metrics.body());
        assertFalse(metrics.body().contains("jvm_"), metrics.body());
    }

    @Test
    void givenAnOperatorsInternalToken_whenMetricsAsked_thenMetrics() throws Exception {
        HttpResponse<String> metrics = send("GET", "/prometheus", OPERATOR);

        assertEquals(200, metrics.statusCode(), metrics.body());
        assertTrue(metrics.body().contains("jvm_memory_used_bytes"), metrics.body());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /beans", "GET, /routes", "GET, /info", "GET, /metrics", "GET, /metrics/jvm.memory.used",
        "GET, /threaddump", "GET, /loggers", "GET, /env", "GET, /caches", "POST, /refresh", "POST, /stop",
        "GET, /health/details"})
    void givenAnyCaller_whenAnUnusedManagementEndpointAsked_thenPlainNotFoundAndNothingLogged(String method,
                                                                                           String path)
        throws Exception {
        for (String token : new String[] {null, OPERATOR}) {
            ListAppender<ILoggingEvent> log = watchLog();
            try {
                HttpResponse<String> answer = send(method, path, token);

                assertEquals(404, answer.statusCode(), answer.body());
                assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
                assertTrue(answer.body().contains("\"type\":\"https://socialgov.org/problems/not-found\""),
                    answer.body());
                assertFalse(answer.body().matches("(?s).*\\b(io\\.micronaut|java\\.lang|org\\.socialgov)\\..*"),
                    answer.body());
                assertTrue(log.list.stream().noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN)),
                    () -> "logged: " + log.list);
            } finally {
                root().detachAppender(log);
            }
        }
    }

    private static ListAppender<ILoggingEvent> watchLog() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root().addAppender(log);
        return log;
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(SERVICE.resolve(path))
            .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
