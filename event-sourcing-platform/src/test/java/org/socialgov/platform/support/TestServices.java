package org.socialgov.platform.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.micronaut.context.ApplicationContext;

/** Starts the platform as a service would run it, on its own database, with settings fit for a test. */
public final class TestServices {

    /** The HS256 secret the tests sign internal tokens with; PlatformDefaults would read it from the environment. */
    public static final String INTERNAL_JWT_SECRET = "test-only-internal-jwt-secret-0123456789abcdef";

    private TestServices() {
    }

    /**
     * Settings for a fresh service on a fresh database: the embedded store keeps its file under {@code dataDir},
     * unless {@code storeProperties} points {@code socialgov.store.uri} at a real MongoDB.
     */
    public static Map<String, Object> properties(Path dataDir, Map<String, Object> storeProperties) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.security.token.jwt.signatures.secret.internal.secret", INTERNAL_JWT_SECRET);
        properties.put("micronaut.server.port", -1);
        properties.put("socialgov.store.database", "platform-test-" + UUID.randomUUID().toString().substring(0, 8));
        properties.put("socialgov.store.data-dir", dataDir.toString());
        // An empty URI selects the embedded store even where a developer has MONGODB_URI set.
        properties.put("socialgov.store.uri", "");
        // Short claims so that a test never waits on a previous owner's token claim.
        properties.put("socialgov.events.token-claim-timeout", "2s");
        properties.putAll(storeProperties);
        return properties;
    }

    public static ApplicationContext start(Path dataDir, Map<String, Object> storeProperties) {
        return ApplicationContext.builder()
            .environments("test")
            .properties(properties(dataDir, storeProperties))
            .start();
    }
}
