package org.socialgov.contract.web;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.socialgov.testsupport.InternalTokens;

/** Runs the real contract service on a data directory, so that a test can stop and start it again. */
final class ContractServiceRunner implements AutoCloseable {

    private final EmbeddedServer server;
    private final HttpClient client;

    private ContractServiceRunner(EmbeddedServer server) {
        this.server = server;
        this.client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
    }

    /** On the embedded store, kept in {@code dataDir}. */
    static ContractServiceRunner start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /** On the embedded store, kept in {@code dataDir}, with extra settings. */
    static ContractServiceRunner start(Path dataDir, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.putAll(settings(dataDir));
        return new ContractServiceRunner(ApplicationContext.run(EmbeddedServer.class, properties));
    }

    /** On a real MongoDB. */
    static ContractServiceRunner startOn(String mongoUri) {
        return new ContractServiceRunner(ApplicationContext.run(EmbeddedServer.class,
            settings(Map.of("socialgov.store.uri", mongoUri))));
    }

    /** What the service needs to run on the embedded store kept in {@code dataDir}, also without serving. */
    static Map<String, Object> settings(Path dataDir) {
        return settings(Map.of("socialgov.store.data-dir", dataDir.toString()));
    }

    private static Map<String, Object> settings(Map<String, Object> store) {
        Map<String, Object> properties = new HashMap<>(store);
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.security.token.jwt.signatures.secret.internal.secret", InternalTokens.SECRET);
        return properties;
    }

    BlockingHttpClient http() {
        return client.toBlocking();
    }

    ApplicationContext context() {
        return server.getApplicationContext();
    }

    @Override
    public void close() {
        client.close();
        server.getApplicationContext().close();
    }
}
