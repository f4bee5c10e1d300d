package org.socialgov.gateway.identity;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.GatewayTestSupport;
import org.socialgov.gateway.TestTokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bearer token is verified once and its identity remembered by the token's hash until it expires: never for
 * another token, never after its expiry.
 */
@MicronautTest
class TokenVerificationOnceTest extends GatewayTestSupport {

    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    void givenVerifiedToken_whenShownAgain_thenItsIdentityIsRemembered() {
        String token = TestTokens.user("carol", "acme", "AUDITOR");
        assertTrue(verifiedTokens.known(token).isEmpty());

        assertEquals(200, send(as(token)).statusCode());

        assertEquals("carol", verifiedTokens.known(token).orElseThrow().getName());
        assertEquals(200, send(as(token)).statusCode());
    }

    @Test
    void givenTwoCallers_whenEachSendsItsTokenRepeatedly_thenEachIsForwardedAsItself() {
        String alice = TestTokens.user("alice", "acme", "CONTRACT_MANAGER");
        String bob = TestTokens.user("bob", "globex", "AUDITOR");

        for (int round = 0; round < 3; round++) {
            assertEquals(List.of("alice", "acme", List.of("CONTRACT_MANAGER")), forwardedIdentity(alice));
            assertEquals(List.of("bob", "globex", List.of("AUDITOR")), forwardedIdentity(bob));
        }
    }

    @Test
    void givenVerifiedToken_whenItsClaimsAreChangedUnderTheSameSignature_thenRefused() throws ParseException {
        String token = TestTokens.user("alice", "acme", "AUDITOR");
        assertEquals(200, send(as(token)).statusCode());
        SignedJWT signed = SignedJWT.parse(token);
        JWTClaimsSet promoted = new JWTClaimsSet.Builder(signed.getJWTClaimsSet())
            .claim("roles", List.of("AUDITOR", "OPERATOR")).build();
        String forged = signed.getHeader().toBase64URL() + "." + Base64URL.encode(promoted.toString()) + "."
            + signed.getSignature();

        HttpResponse<String> refused = send(as(forged));

        assertEquals(401, refused.statusCode(), refused.body());
        assertTrue(verifiedTokens.known(forged).isEmpty());
        assertEquals(200, send(as(token)).statusCode());
    }

    @Test
    void givenVerifiedToken_whenItExpires_thenRefusedFromThenOn() {
        // A first request on a fresh server can take a second or more on a busy machine: not on the short token.
        assertEquals(200, send(as(TestTokens.user("eve", "acme", "AUDITOR"))).statusCode());
        Instant expiry = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(3);
        String token = TestTokens.sign(TestTokens.USER_SECRET, TestTokens.claims("dave", "acme", "AUDITOR")
            .expirationTime(Date.from(expiry)).build());
        int before = send(as(token)).statusCode();
        if (Instant.now().isBefore(expiry)) {
            assertEquals(200, before, "answered before the token's expiry");
            assertTrue(verifiedTokens.known(token).isPresent());
        }

        // Waits for the expiry without sending anything: a request in a loop would meet the rate limit first.
        Awaitility.await("the token's expiry").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
            .until(() -> Instant.now().isAfter(expiry));
        HttpResponse<String> after = send(as(token));

        assertEquals(401, after.statusCode(), "sent after the token's expiry: " + after.body());
        assertFalse(verifiedTokens.known(token).isPresent());
    }

    private HttpRequest.Builder as(String token) {
        return request("/api/contracts/c-1").header("Authorization", "Bearer " + token);
    }

    private List<Object> forwardedIdentity(String token) {
        HttpResponse<String> response = send(as(token));
        assertEquals(200, response.statusCode(), response.body());
        String internal = echo(response).headers().get("authorization").get(0).substring("Bearer ".length());
        JWTClaimsSet claims = TestTokens.verified(internal, TestTokens.INTERNAL_SECRET);
        return List.of(claims.getSubject(), claims.getClaim("tenant"), claims.getClaim("roles"));
    }
}
