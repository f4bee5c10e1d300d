package org.socialgov.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import org.socialgov.gateway.backend.Echo;

/**
 * A real gateway on a free port whose {@code contracts} and {@code public} routes lead back to stand-in services on
 * the same server, and whose {@code policies} route leads to a port where nothing listens. Requests go over real
 * HTTP with the JDK client, which sends exactly what it is told to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class GatewayTestSupport implements TestPropertyProvider {

    protected static final String PROBLEM_JSON = "application/problem+json";

    protected final int port = freePort();
    protected final int closedPort = freePort();
    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    protected JsonMapper jsonMapper;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.server.port", Integer.toString(port));
        properties.put("gateway-test.backend", "true");
        properties.put("micronaut.security.token.jwt.signatures.secret.user.secret", TestTokens.USER_SECRET);
        properties.put("socialgov.gateway.internal-token.secret", TestTokens.INTERNAL_SECRET);
        properties.put("socialgov.gateway.routes.contracts.url", "http://localhost:" + port);
        properties.put("socialgov.gateway.routes.public.url", "http://localhost:" + port);
        properties.put("socialgov.gateway.routes.policies.url", "http://localhost:" + closedPort);
        properties.put("socialgov.gateway.read-timeout", "1s");
        properties.putAll(extraProperties());
        return properties;
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    /**
     * Sends a request as written, on a raw socket, and answers everything the gateway wrote back: for requests an
     * HTTP client refuses to send (an undecodable escape, an oversized head).
     */
    protected String rawExchange(String request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
    }

    protected HttpRequest.Builder authorized(String pathAndQuery) {
        return request(pathAndQuery).header("Authorization", "Bearer " + TestTokens.user("alice", "acme",
            "CONTRACT_MANAGER", "AUDITOR"));
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected Echo echo(HttpResponse<String> response) {
        return read(response, Argument.of(Echo.class));
    }

    protected Map<String, Object> json(HttpResponse<String> response) {
        return read(response, Argument.mapOf(String.class, Object.class));
    }

    private <T> T read(HttpResponse<String> response, Argument<T> type) {
        try {
            return jsonMapper.readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response.body(), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
