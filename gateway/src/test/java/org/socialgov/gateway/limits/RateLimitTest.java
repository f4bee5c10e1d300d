package org.socialgov.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.GatewayTestSupport;
import org.socialgov.gateway.TestTokens;

/** A client may send 3 requests at once and 1 per second after that; other clients have their own allowance. */
@MicronautTest
class RateLimitTest extends GatewayTestSupport {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("socialgov.gateway.rate-limit.per-second", "1", "socialgov.gateway.rate-limit.burst", "3");
    }

    @Test
    void givenClientOverItsBurst_whenItSendsMore_thenTooManyRequestsWithRetryAfterWhileOthersAreServed() {
        String flooder = TestTokens.user("flood", "acme", "CONTRACT_MANAGER");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, send(request("/api/contracts/c-1").header("Authorization", "Bearer " + flooder))
                .statusCode());
        }

        HttpResponse<String> refused = send(request("/api/contracts/c-1").header("Authorization", "Bearer " + flooder));

        assertEquals(429, refused.statusCode(), refused.body());
        assertEquals(PROBLEM_JSON, refused.headers().firstValue("Content-Type").orElse(""));
        assertEquals("https://socialgov.org/problems/too-many-requests", json(refused).get("type"));
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
        assertEquals(200, send(request("/api/contracts/c-1").header("Authorization", "Bearer "
            + TestTokens.user("calm", "acme", "CONTRACT_MANAGER"))).statusCode(), "another client is served");
    }

    @Test
    void givenAnonymousCallerOverTheLimit_whenItSendsMore_thenTooManyRequests() {
        int lastStatus = 0;
        for (int i = 0; i < 4; i++) {
            lastStatus = send(request("/api/public/acme/policy")).statusCode();
        }
        assertEquals(429, lastStatus);
    }
}
