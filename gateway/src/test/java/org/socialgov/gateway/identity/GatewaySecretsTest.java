package org.socialgov.gateway.identity;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.TestTokens;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway does not start with a missing, short or shared secret. */
class GatewaySecretsTest {

    private static final String USER = "micronaut.security.token.jwt.signatures.secret.user.secret";
    private static final String INTERNAL = "socialgov.gateway.internal-token.secret";

    @Test
    void givenNoUserSecret_thenRefusesToStart() {
        assertRefused(Map.of(INTERNAL, TestTokens.INTERNAL_SECRET), "SOCIALGOV_JWT_SECRET is not set");
    }

    @Test
    void givenShortInternalSecret_thenRefusesToStart() {
        assertRefused(Map.of(USER, TestTokens.USER_SECRET, INTERNAL, "too-short"),
            "SOCIALGOV_INTERNAL_JWT_SECRET is only 9 bytes long");
    }

    @Test
    void givenSameSecretTwice_thenRefusesToStart() {
        assertRefused(Map.of(USER, TestTokens.USER_SECRET, INTERNAL, TestTokens.USER_SECRET), "must differ");
    }

    private static void assertRefused(Map<String, Object> secrets, String reason) {
        Map<String, Object> properties = new HashMap<>(secrets);
        properties.put("micronaut.server.port", -1);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> {
            try (ApplicationContext context = ApplicationContext.run(properties)) {
                context.getBean(GatewaySecrets.class);
            }
        });
        String messages = messages(refused);
        assertTrue(messages.contains(reason), messages);
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
