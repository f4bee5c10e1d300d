package org.socialgov.gateway.identity;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.GatewayTestSupport;
import org.socialgov.gateway.TestIdentityProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The identity provider's tokens, verified by its JWKS, meet the same rules as the gateway's own: signed with an
 * algorithm configured for the provider (here RS384 only: RS256, the default, and ES256 are no longer accepted, even
 * by the provider's own keys), not living longer than the maximum, not dated ahead.
 */
@MicronautTest
class IdentityProviderTokenRulesTest extends GatewayTestSupport {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(
            "gateway-test.idp", "true",
            "socialgov.gateway.identity-provider.jwks-url", "http://localhost:" + port + TestIdentityProvider.JWKS_PATH,
            "socialgov.gateway.identity-provider.issuer", TestIdentityProvider.ISSUER,
            "socialgov.gateway.identity-provider.audience", TestIdentityProvider.AUDIENCE,
            "socialgov.gateway.identity-provider.algorithms", "RS384");
    }

    @Test
    void givenTheConfiguredAlgorithm_thenAccepted() {
        HttpResponse<String> accepted = call(TestIdentityProvider.sign(TestIdentityProvider.RSA, JWSAlgorithm.RS384,
            claims().build()));

        assertEquals(200, accepted.statusCode(), accepted.body());
    }

    @Test
    void givenAnotherRsaAlgorithmThanConfigured_thenRefusedSayingSo() {
        assertRefused(call(TestIdentityProvider.sign(TestIdentityProvider.RSA, JWSAlgorithm.RS256, claims().build())),
            "The token is signed with RS256; this gateway accepts only HS256 (the gateway's own tokens) and RS384"
                + " (the identity provider's)");
    }

    @Test
    void givenAnAlgorithmOfAnotherFamilyThanConfigured_thenRefusedSayingSo() {
        assertRefused(call(TestIdentityProvider.sign(TestIdentityProvider.EC, JWSAlgorithm.ES256, claims().build())),
            "The token is signed with ES256");
    }

    @Test
    void givenAProviderTokenLivingLongerThanTheMaximum_thenRefusedSayingSo() {
        Instant issued = Instant.now().minus(Duration.ofHours(1));
        assertRefused(call(TestIdentityProvider.sign(TestIdentityProvider.RSA, JWSAlgorithm.RS384, claims()
                .issueTime(Date.from(issued)).expirationTime(Date.from(issued.plus(Duration.ofHours(25)))).build())),
            "The token lives 25 h from iat to exp, longer than the 24 h this gateway accepts");
    }

    @Test
    void givenAProviderTokenNotYetValid_thenRefusedSayingSo() {
        assertRefused(call(TestIdentityProvider.sign(TestIdentityProvider.RSA, JWSAlgorithm.RS384, claims()
                .notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(10)))).build())),
            "(nbf), more than 60 s after the gateway's time");
    }

    private static JWTClaimsSet.Builder claims() {
        return TestIdentityProvider.claims("svc-erp", "acme", "AUDITOR");
    }

    private HttpResponse<String> call(String token) {
        return send(request("/api/contracts/c-1").header("Authorization", "Bearer " + token));
    }

    private void assertRefused(HttpResponse<String> response, String reason) {
        assertEquals(401, response.statusCode(), response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        String detail = (String) json(response).get("detail");
        assertTrue(detail.contains(reason), detail);
        assertEquals("Bearer error=\"invalid_token\", error_description=\"" + detail + "\"",
            response.headers().firstValue("WWW-Authenticate").orElse(""));
    }
}
