package org.socialgov.testsupport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;

/** Runs the real service of the test's module on a data directory, so that a test can stop and start it again. */
public final class ServiceRunner implements AutoCloseable {

    private final EmbeddedServer server;
    private final HttpClient client;

    private ServiceRunner(EmbeddedServer server) {
        this.server = server;
        this.client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
    }

    /** On the embedded store, kept in {@code dataDir}, with extra settings. */
    public static ServiceRunner start(Path dataDir, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("socialgov.store.data-dir", dataDir.toString());
        properties.putIfAbsent("socialgov.store.uri", "");
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.security.token.jwt.signatures.secret.internal.secret", InternalTokens.SECRET);
        return new ServiceRunner(ApplicationContext.run(EmbeddedServer.class, properties));
    }

    public BlockingHttpClient http() {
        return client.toBlocking();
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    @Override
    public void close() {
        client.close();
        server.getApplicationContext().close();
    }
}
