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

/** Without a MongoDB the feature is off, says so, and everything else works as before. */
@MicronautTest
class MachineClientsDisabledTest extends GatewayTestSupport {

    @Test
    void givenNoMongoDb_thenTheTokenEndpointAnswersNotFoundSayingWhy() {
        HttpResponse<String> response = send(request("/api/oauth/token")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString("grant_type=client_credentials")));

        assertOff(response);
    }

    @Test
    void givenNoMongoDb_thenTheRegistryAnswersNotFoundSayingWhy() {
        assertOff(send(request("/api/clients")
            .header("Authorization", "Bearer " + TestTokens.user("ann", "acme", "ENTERPRISE_ADMIN"))));
        assertOff(send(request("/api/clients/sgc_1/secret").POST(BodyPublishers.noBody())));
    }

    @Test
    void givenNoMongoDb_thenAClientTokenCannotBeCheckedAndIsRefused() {
        String clientToken = TestTokens.sign(TestTokens.USER_SECRET, TestTokens.claims("sgc_1", "acme", "AUDITOR")
            .issuer("socialgov-gateway").audience(List.of("socialgov-api")).claim("client_id", "sgc_1")
            .claim("gen", 1).build());

        HttpResponse<String> response = send(request("/api/contracts/c-1")
            .header("Authorization", "Bearer " + clientToken));

        assertEquals(401, response.statusCode(), response.body());
    }

    @Test
    void givenNoMongoDb_thenRoutesWorkAsBefore() {
        assertEquals(200, send(authorized("/api/contracts/c-1")).statusCode());
    }

    private void assertOff(HttpResponse<String> response) {
        assertEquals(404, response.statusCode(), response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        Map<String, Object> problem = json(response);
        assertEquals("https://socialgov.org/problems/not-found", problem.get("type"));
        assertTrue(((String) problem.get("detail")).contains("MONGODB_URI"), response.body());
    }
}
