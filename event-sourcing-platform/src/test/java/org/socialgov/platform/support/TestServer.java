package org.socialgov.platform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The platform serving HTTP for one test class, on a fresh store in a scratch directory:
 * {@code @RegisterExtension static final TestServer SERVICE = new TestServer(Map.of(...));}
 */
public final class TestServer implements BeforeAllCallback, AfterAllCallback {

    private final Map<String, Object> settings;
    private Path dataDir;
    private ApplicationContext context;
    private URI uri;

    public TestServer(Map<String, Object> settings) {
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext extension) throws IOException {
        dataDir = Files.createTempDirectory("platform-test");
        context = TestServices.start(dataDir, settings);
        uri = context.getBean(EmbeddedServer.class).start().getURI();
    }

    @Override
    public void afterAll(ExtensionContext extension) throws IOException {
        if (context != null) {
            context.close();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(TestServer::delete);
        }
    }

    public URI resolve(String pathAndQuery) {
        return uri.resolve(pathAndQuery);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
