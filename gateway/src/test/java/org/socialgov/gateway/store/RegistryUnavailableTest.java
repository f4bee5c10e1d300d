package org.socialgov.gateway.store;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.GatewayTestSupport;
import org.socialgov.gateway.TestTokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With the registry's MongoDB unreachable, a client's token is not let through unchecked, and nothing hangs. */
@MicronautTest
class RegistryUnavailableTest extends GatewayTestSupport {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("socialgov.gateway.mongodb-uri",
            "mongodb://127.0.0.1:" + closedPort + "/?serverSelectionTimeoutMS=300&connectTimeoutMS=300");
    }

    @Test
    void givenUnreachableRegistry_thenAClientTokenGetsServiceUnavailableNotAPass() {
        String clientToken = TestTokens.sign(TestTokens.USER_SECRET, TestTokens.claims("sgc_1", "acme", "AUDITOR")
            .issuer("socialgov-gateway").audience(List.of("socialgov-api")).claim("client_id", "sgc_1")
            .claim("gen", 1).build());

        assertUnavailable(send(request("/api/contracts/c-1").header("Authorization", "Bearer " + clientToken)));
    }

    @Test
    void givenUnreachableRegistry_thenTheTokenEndpointAnswersServiceUnavailable() {
        assertUnavailable(send(request("/api/oauth/token").header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString("grant_type=client_credentials&client_id=sgc_1&client_secret=sgs_x"))));
    }

    @Test
    void givenUnreachableRegistry_thenPeoplesTokensStillWork() {
        assertEquals(200, send(authorized("/api/contracts/c-1")).statusCode());
    }

    private void assertUnavailable(HttpResponse<String> response) {
        assertEquals(503, response.statusCode(), response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("https://socialgov.org/problems/service-unavailable", json(response).get("type"));
        assertTrue(response.headers().firstValue("Retry-After").isPresent());
    }
}
