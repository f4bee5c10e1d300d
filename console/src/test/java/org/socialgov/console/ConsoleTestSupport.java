package org.socialgov.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A real console on a free port, with its sessions in an in-memory MongoDB stand-in and a {@link FakeGateway} for
 * the API. Requests go over real HTTP with the JDK client, cookies handled by hand so that tests see each one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConsoleTestSupport implements TestPropertyProvider {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    protected final FakeGateway gateway = new FakeGateway(devTokensOn());
    private final MongoServer mongo = new MongoServer(H2Backend.inMemory());
    private final InetSocketAddress mongoAddress = bind(mongo);
    protected final int port = freePort();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    protected boolean devTokensOn() {
        return true;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.server.port", Integer.toString(port));
        properties.put("socialgov.console.gateway-url", gateway.url());
        properties.put("socialgov.console.mongodb-uri",
            "mongodb://" + mongoAddress.getHostString() + ":" + mongoAddress.getPort());
        properties.putAll(extraProperties());
        return properties;
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    @AfterAll
    void stopStandIns() {
        gateway.close();
        mongo.shutdownNow();
    }

    protected HttpResponse<String> get(String path, String sessionId, String... headers) {
        return getWithCookies(path, sessionId == null ? null : "socialgov_session=" + sessionId, headers);
    }

    /** A GET with the given Cookie header (null: none), for flows that carry more cookies than the session's. */
    protected HttpResponse<String> getWithCookies(String path, String cookies, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    protected HttpResponse<String> postForm(String path, String sessionId, Map<String, List<String>> fields,
                                            String... headers) {
        String form = fields.entrySet().stream().flatMap(field -> field.getValue().stream()
                .map(value -> encode(field.getKey()) + "=" + encode(value)))
            .collect(Collectors.joining("&"));
        HttpRequest.Builder request = request(path, sessionId)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** Signs in with the development sign-in as a fresh browser would, and answers the session id it ends with. */
    protected String signIn(String person, String... roles) {
        HttpResponse<String> form = get("/sign-in/dev", null);
        String anonymous = sessionCookie(form);
        HttpResponse<String> signedIn = postForm("/sign-in/dev", anonymous, Map.of("_csrf", List.of(csrf(form)),
            "company", List.of("acme"), "person", List.of(person), "roles", List.of(roles)));
        if (signedIn.statusCode() != 303) {
            throw new IllegalStateException("Not signed in: " + signedIn.statusCode() + " " + signedIn.body());
        }
        return sessionCookie(signedIn);
    }

    /** The session id the answer set, from its Set-Cookie header. */
    protected static String sessionCookie(HttpResponse<String> response) {
        return setCookie(response).split(";", 2)[0].substring("socialgov_session=".length());
    }

    protected static String setCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
            .filter(cookie -> cookie.startsWith("socialgov_session="))
            .findFirst().orElseThrow(() -> new AssertionError("No session cookie in " + response.headers()));
    }

    protected static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("No CSRF field in " + page.body());
        }
        return matcher.group(1);
    }

    private HttpRequest.Builder request(String path, String sessionId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (sessionId != null) {
            request.header("Cookie", "socialgov_session=" + sessionId);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static InetSocketAddress bind(MongoServer server) {
        server.bind("127.0.0.1", 0);
        return server.getLocalAddress();
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
