package org.socialgov.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.support.TestServices;
import org.socialgov.platform.support.TestTokens;

/**
 * A request that accepts {@code text/html} (a browser's, or a client that sends whatever Accept it was given) still
 * gets its error as problem+json, the only error body the specs declare; the framework would answer an HTML page.
 */
class ErrorBodiesForBrowsersHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;
    private static ApplicationContext service;
    private static URI baseUri;

    @BeforeAll
    static void startService() {
        service = TestServices.start(dataDir, Map.of());
        baseUri = service.getBean(EmbeddedServer.class).start().getURI();
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "POST, /test-ledgers/html-1, 406",
        "GET, /test-ledgers/html-1, 405",
        "GET, /no-such-route, 404"})
    void givenAnErrorForARequestAcceptingHtml_whenAnswered_thenTheBodyIsProblemJson(String method, String path,
                                                                                   int status) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve(path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .header("Accept", "text/html")
            .header("Authorization", "Bearer "
                + TestTokens.internalToken("alice", "acme", List.of(Roles.CONTRACT_MANAGER)))
            .build();

        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"status\":" + status), response.body());
        assertTrue(response.body().contains("\"type\":\"https://socialgov.org/problems/"), response.body());
    }
}
