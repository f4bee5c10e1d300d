package org.socialgov.gateway.identity;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.TestMongo;
import org.socialgov.gateway.TestTokens;
import org.socialgov.gateway.oauth.ClientTokenIssuer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Token rules that cannot work stop the gateway at startup rather than refuse every token later: a maximum lifetime
 * shorter than the tokens the gateway itself issues, an unbounded clock skew, an identity provider allowed a
 * shared-secret algorithm (its public keys would be used as the HMAC secret, which anyone can read).
 */
class TokenSettingsTest {

    @Test
    void givenMaximumLifetimeShorterThanTheClientTokens_thenRefusesToStart() {
        assertRefused(Map.of("socialgov.gateway.tokens.max-lifetime", "5m",
                "socialgov.gateway.client-tokens.lifetime", "10m",
                "socialgov.gateway.mongodb-uri", TestMongo.uri()), ClientTokenIssuer.class,
            "longer than socialgov.gateway.tokens.max-lifetime");
    }

    @Test
    void givenClockSkewOverFiveMinutes_thenRefusesToStart() {
        assertRefused(Map.of("socialgov.gateway.tokens.clock-skew", "10m"), TokenRules.class,
            "it must be between 0 and 5 min");
    }

    @Test
    void givenIdentityProviderAllowedHs256_thenRefusesToStart() {
        assertRefused(Map.of("socialgov.gateway.identity-provider.jwks-url", "https://idp.example/jwks",
                "socialgov.gateway.identity-provider.issuer", "https://idp.example",
                "socialgov.gateway.identity-provider.audience", "socialgov-api",
                "socialgov.gateway.identity-provider.algorithms", "RS256,HS256"), TokenRules.class,
            "SOCIALGOV_IDP_ALGORITHMS is [RS256, HS256]; it must name one or more of ES256");
    }

    private static void assertRefused(Map<String, Object> settings, Class<?> bean, String reason) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.security.token.jwt.signatures.secret.user.secret", TestTokens.USER_SECRET);
        properties.put("socialgov.gateway.internal-token.secret", TestTokens.INTERNAL_SECRET);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> {
            try (ApplicationContext context = ApplicationContext.run(properties)) {
                context.getBean(bean);
            }
        });
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains(reason), messages.toString());
    }
}
