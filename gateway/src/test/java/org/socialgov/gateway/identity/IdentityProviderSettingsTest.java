package org.socialgov.gateway.identity;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.TestTokens;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A provider's JWKS URL without the issuer and audience to check would accept any token its keys signed. */
class IdentityProviderSettingsTest {

    private static final String PREFIX = "socialgov.gateway.identity-provider.";

    @Test
    void givenJwksUrlWithoutIssuer_thenRefusesToStart() {
        assertRefused(Map.of(PREFIX + "jwks-url", "https://idp.example/jwks", PREFIX + "audience", "socialgov-api"),
            "SOCIALGOV_IDP_ISSUER is not set");
    }

    @Test
    void givenJwksUrlWithoutAudience_thenRefusesToStart() {
        assertRefused(Map.of(PREFIX + "jwks-url", "https://idp.example/jwks", PREFIX + "issuer", "https://idp.example"),
            "SOCIALGOV_IDP_AUDIENCE is not set");
    }

    @Test
    void givenTheGatewaysOwnIssuer_thenRefusesToStart() {
        assertRefused(Map.of(PREFIX + "jwks-url", "https://idp.example/jwks", PREFIX + "issuer", "socialgov-gateway",
            PREFIX + "audience", "socialgov-api"), "the gateway's own issuer");
    }

    private static void assertRefused(Map<String, Object> settings, String reason) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.security.token.jwt.signatures.secret.user.secret", TestTokens.USER_SECRET);
        properties.put("socialgov.gateway.internal-token.secret", TestTokens.INTERNAL_SECRET);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> {
            try (ApplicationContext context = ApplicationContext.run(properties)) {
                context.getBean(IdentityProviderSignature.class);
            }
        });
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains(reason), messages.toString());
    }
}
