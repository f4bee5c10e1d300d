package org.socialgov.gateway.oauth;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.MachineClientsTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rotation and revocation take effect on tokens already issued, on the next request: a token is good only while
 * its client is active and its secret generation current.
 */
@MicronautTest
class ClientTokenLifecycleTest extends MachineClientsTestSupport {

    @Test
    void givenRotatedSecret_thenOldSecretAndOldTokenAreRefusedAndTheNewOnesWork() {
        Credentials erp = register("acme", "Acme ERP", "CONTRACT_MANAGER");
        String oldToken = accessToken(erp);
        assertEquals(200, throughRoute(oldToken).statusCode());

        HttpResponse<String> rotated = post("/api/clients/" + erp.clientId() + "/secret", adminOf("acme"));

        assertEquals(200, rotated.statusCode(), rotated.body());
        assertEquals("no-store", rotated.headers().firstValue("Cache-Control").orElse(""));
        Map<String, Object> body = json(rotated);
        assertEquals(2, ((Number) body.get("secretGeneration")).intValue());
        String newSecret = (String) body.get("clientSecret");
        assertNotEquals(erp.secret(), newSecret);
        assertUnauthenticated(throughRoute(oldToken), "rotated");
        assertEquals(401, requestToken(erp.clientId(), erp.secret()).statusCode());
        String newToken = accessToken(new Credentials(erp.clientId(), newSecret));
        assertEquals(200, throughRoute(newToken).statusCode());
    }

    @Test
    void givenRevokedClient_thenItsTokenIsRefusedAtOnceAndItGetsNoNewOne() {
        Credentials erp = register("acme", "Acme ERP", "AUDITOR");
        String token = accessToken(erp);
        assertEquals(200, throughRoute(token).statusCode());

        HttpResponse<String> revoked = delete("/api/clients/" + erp.clientId(), adminOf("acme"));

        assertEquals(204, revoked.statusCode(), revoked.body());
        assertUnauthenticated(throughRoute(token), "revoked");
        assertEquals(401, requestToken(erp.clientId(), erp.secret()).statusCode());
        Map<String, Object> client = json(get("/api/clients/" + erp.clientId(), adminOf("acme")));
        assertEquals("REVOKED", client.get("status"));
        assertEquals(Map.of("subject", "admin@acme"), client.get("revokedBy"));
        assertTrue(client.containsKey("revokedAt"));
    }

    @Test
    void givenRevokedClient_whenRotated_thenConflictAndStillRevoked() {
        Credentials erp = register("acme", "Acme ERP", "AUDITOR");
        delete("/api/clients/" + erp.clientId(), adminOf("acme"));

        HttpResponse<String> refused = post("/api/clients/" + erp.clientId() + "/secret", adminOf("acme"));

        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("https://socialgov.org/problems/client-revoked", json(refused).get("type"));
        assertEquals(401, requestToken(erp.clientId(), erp.secret()).statusCode());
    }

    @Test
    void givenRevokedClient_whenRevokedAgain_thenNoContentAndNothingMoreRecorded() {
        Credentials erp = register("acme", "Acme ERP", "AUDITOR");
        delete("/api/clients/" + erp.clientId(), adminOf("acme"));

        HttpResponse<String> again = delete("/api/clients/" + erp.clientId(), adminOf("acme"));

        assertEquals(204, again.statusCode(), again.body());
        assertEquals(List.of("REVOKED", "REGISTERED"), changesOf(erp.clientId()));
    }

    @Test
    void givenAdminClientRevokingItself_thenItsOwnTokenStopsWorking() {
        Credentials admin = register("acme", "Acme access robot", "ENTERPRISE_ADMIN");
        String token = accessToken(admin);

        assertEquals(204, delete("/api/clients/" + admin.clientId(), token).statusCode());

        assertUnauthenticated(get("/api/clients", token), "revoked");
    }

    @SuppressWarnings("unchecked")
    private List<String> changesOf(String clientId) {
        Map<String, Object> log = json(get("/api/clients/changes?clientId=" + clientId, adminOf("acme")));
        return ((List<Map<String, Object>>) log.get("changes")).stream()
            .map(change -> (String) change.get("change")).toList();
    }

    private void assertUnauthenticated(HttpResponse<String> response, String why) {
        assertEquals(401, response.statusCode(), response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        Map<String, Object> problem = json(response);
        assertEquals("https://socialgov.org/problems/unauthenticated", problem.get("type"));
        assertTrue(((String) problem.get("detail")).contains(why), response.body());
        assertEquals("Bearer error=\"invalid_token\", error_description=\"" + problem.get("detail") + "\"",
            response.headers().firstValue("WWW-Authenticate").orElse(""));
    }
}
