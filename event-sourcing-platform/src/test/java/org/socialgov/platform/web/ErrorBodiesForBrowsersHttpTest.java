package org.socialgov.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.support.TestServer;
import org.socialgov.platform.support.TestTokens;

/**
 * A request that accepts {@code text/html} (a browser's, or a client that sends whatever Accept it was given) still
 * gets its error as problem+json, the only error body the specs declare; the framework would answer an HTML page.
 */
class ErrorBodiesForBrowsersHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final TestServer SERVICE = new TestServer(Map.of());

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "POST, /test-ledgers/html-1, 406",
        "GET, /test-ledgers/html-1, 405",
        "GET, /no-such-route, 404"})
    void givenAnErrorForARequestAcceptingHtml_whenAnswered_thenTheBodyIsProblemJson(String method, String path,
                                                                                   int status) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(SERVICE.resolve(path))
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
