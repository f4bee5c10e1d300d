package org.socialgov.contract.web;

import java.nio.file.Path;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.runtime.server.EmbeddedServer;

/** Runs the real contract service on a data directory, so that a test can stop and start it again. */
final class ContractServiceRunner implements AutoCloseable {

    private final EmbeddedServer server;
    private final HttpClient client;

    private ContractServiceRunner(EmbeddedServer server) {
        this.server = server;
        this.client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
    }

    static ContractServiceRunner start(Path dataDir) {
        return new ContractServiceRunner(ApplicationContext.run(EmbeddedServer.class, Map.of(
            "micronaut.server.port", -1,
            "socialgov.store.data-dir", dataDir.toString(),
            "micronaut.security.token.jwt.signatures.secret.internal.secret", InternalTokens.SECRET)));
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
