package org.socialgov.gateway.identity;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.GatewayTestSupport;
import org.socialgov.gateway.TestTokens;
import org.socialgov.gateway.backend.Echo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class IdentityForwardingTest extends GatewayTestSupport {

    @Test
    void givenUserToken_whenRouted_thenServiceGetsInternalTokenInstead() {
        String userToken = TestTokens.user("alice", "acme", "CONTRACT_MANAGER", "AUDITOR");

        HttpResponse<String> response = send(request("/api/contracts/c-1").header("Authorization", "Bearer " + userToken));

        assertEquals(200, response.statusCode(), response.body());
        List<String> authorization = echo(response).headers().get("authorization");
        assertEquals(1, authorization.size(), "exactly one Authorization header: " + authorization);
        String internalToken = authorization.get(0).substring("Bearer ".length());
        assertNotEquals(userToken, internalToken);
        assertThrows(AssertionError.class, () -> TestTokens.verified(internalToken, TestTokens.USER_SECRET));
        JWTClaimsSet claims = TestTokens.verified(internalToken, TestTokens.INTERNAL_SECRET);
        assertEquals("alice", claims.getSubject());
        assertEquals("acme", claims.getClaim("tenant"));
        assertEquals(List.of("CONTRACT_MANAGER", "AUDITOR"), claims.getClaim("roles"));
        assertEquals("socialgov-gateway", claims.getIssuer());
        assertEquals(60_000, claims.getExpirationTime().getTime() - claims.getIssueTime().getTime());
        assertTrue(claims.getExpirationTime().toInstant().isAfter(Instant.now()));
    }

    @Test
    void givenPublicRoute_whenCalledWithOrWithoutToken_thenNoIdentityIsForwarded() {
        HttpResponse<String> anonymous = send(request("/api/public/policy"));
        HttpResponse<String> withToken = send(authorized("/api/public/accounts"));

        assertEquals(200, anonymous.statusCode(), anonymous.body());
        assertEquals("/public/policy", echo(anonymous).path());
        assertFalse(echo(anonymous).headers().containsKey("authorization"));
        assertEquals(200, withToken.statusCode(), withToken.body());
        assertFalse(echo(withToken).headers().containsKey("authorization"));
    }

    @Test
    void givenNoToken_whenRouteNeedsOne_thenUnauthenticatedProblem() {
        assertUnauthenticated(send(request("/api/contracts/c-1")));
    }

    @Test
    void givenTokenSignedWithAnotherSecret_thenUnauthenticatedProblem() {
        String forged = TestTokens.sign("someone-elses-secret-that-is-long-enough",
            TestTokens.claims("alice", "acme", "CONTRACT_MANAGER").build());

        assertUnauthenticated(send(request("/api/contracts/c-1").header("Authorization", "Bearer " + forged)));
    }

    @Test
    void givenInternalToken_whenSentToGateway_thenUnauthenticatedProblem() {
        String internal = TestTokens.sign(TestTokens.INTERNAL_SECRET,
            TestTokens.claims("alice", "acme", "CONTRACT_MANAGER").build());

        assertUnauthenticated(send(request("/api/contracts/c-1").header("Authorization", "Bearer " + internal)));
    }

    @Test
    void givenExpiredToken_thenUnauthenticatedProblem() {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        String expired = TestTokens.sign(TestTokens.USER_SECRET, TestTokens.claims("alice", "acme", "AUDITOR")
            .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofMinutes(5)))).build());

        assertUnauthenticated(send(request("/api/contracts/c-1").header("Authorization", "Bearer " + expired)));
    }

    @Test
    void givenTokenWithoutTenant_thenUnauthenticatedProblem() {
        String noTenant = TestTokens.sign(TestTokens.USER_SECRET, TestTokens.claims("alice", null, "AUDITOR").build());

        assertUnauthenticated(send(request("/api/contracts/c-1").header("Authorization", "Bearer " + noTenant)));
    }

    @Test
    void givenTokenWithoutExpiry_thenUnauthenticatedProblem() {
        String forever = TestTokens.sign(TestTokens.USER_SECRET,
            TestTokens.claims("alice", "acme", "AUDITOR").expirationTime(null).build());

        assertUnauthenticated(send(request("/api/contracts/c-1").header("Authorization", "Bearer " + forever)));
    }

    private void assertUnauthenticated(HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("X-Request-Id").isPresent(), "X-Request-Id on a 401");
        Map<String, Object> problem = json(response);
        assertEquals("https://socialgov.org/problems/unauthenticated", problem.get("type"));
        assertEquals(response.headers().firstValue("X-Request-Id").get(), problem.get("requestId"));
    }
}
