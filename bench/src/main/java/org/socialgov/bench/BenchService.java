package org.socialgov.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

/**
 * A service started in this JVM on a scratch embedded store, called over loopback HTTP with identities signed the
 * way the gateway signs them.
 */
final class BenchService implements AutoCloseable {

    private static final String SECRET = "bench-internal-secret-bench-internal-secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final EmbeddedServer server;

    private BenchService(EmbeddedServer server) {
        this.server = server;
    }

    static BenchService start(Path dataDir, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("micronaut.server.port", -1);
        properties.put("socialgov.store.data-dir", dataDir.toString());
        properties.put("socialgov.store.uri", "");
        properties.put("micronaut.security.token.jwt.signatures.secret.internal.secret", SECRET);
        return new BenchService(ApplicationContext.run(EmbeddedServer.class, properties));
    }

    ApplicationContext context() {
        return server.getApplicationContext();
    }

    /** A token as the gateway would forward it to this service. */
    static String token(String subject, String tenant, String role) {
        return Tokens.internal(SECRET, subject, tenant, role);
    }

    HttpResponse<String> send(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = call(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                + response.body());
        }
        return response;
    }

    InputStream stream(String path, String token) {
        return call(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build(),
            HttpResponse.BodyHandlers.ofInputStream()).body();
    }

    private URI uri(String path) {
        return URI.create(server.getURL() + path);
    }

    private static <T> HttpResponse<T> call(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
