package org.socialgov.gateway.oauth;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.MachineClientsTestSupport;
import org.socialgov.gateway.TestTokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/oauth/token: a registered client gets a short-lived token for the API, and nobody else does. */
@MicronautTest
class TokenEndpointTest extends MachineClientsTestSupport {

    @Test
    void givenRegisteredClient_whenTokenRequestedByBasic_thenBearerTokenThatWorksThroughARoute() {
        Credentials erp = register("acme", "Acme ERP", "CONTRACT_MANAGER", "AUDITOR");

        HttpResponse<String> issued = requestToken(erp.clientId(), erp.secret());

        assertEquals(200, issued.statusCode(), issued.body());
        assertTrue(issued.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("no-store", issued.headers().firstValue("Cache-Control").orElse(""));
        Map<String, Object> body = json(issued);
        assertEquals("Bearer", body.get("token_type"));
        assertEquals(600, ((Number) body.get("expires_in")).intValue());
        JWTClaimsSet forwarded = forwardedIdentity(throughRoute((String) body.get("access_token")));
        assertEquals(erp.clientId(), forwarded.getSubject());
        assertEquals("acme", forwarded.getClaim("tenant"));
        assertEquals(List.of("CONTRACT_MANAGER", "AUDITOR"), forwarded.getClaim("roles"));
        assertEquals(erp.clientId(), forwarded.getClaim("client_id"));
    }

    @Test
    void givenIssuedToken_thenItNamesTheClientItsSecretGenerationAndTheApi() throws Exception {
        Credentials erp = register("acme", "Acme ERP", "COMPLIANCE_OFFICER");

        JWTClaimsSet claims = TestTokens.verified(accessToken(erp), TestTokens.USER_SECRET);

        assertEquals(erp.clientId(), claims.getSubject());
        assertEquals(erp.clientId(), claims.getStringClaim("client_id"));
        assertEquals("acme", claims.getStringClaim("tenant"));
        assertEquals(List.of("COMPLIANCE_OFFICER"), claims.getStringListClaim("roles"));
        assertEquals(1L, claims.getLongClaim("gen"));
        assertEquals("socialgov-gateway", claims.getIssuer());
        assertEquals(List.of("socialgov-api"), claims.getAudience());
        assertNotNull(claims.getJWTID());
        assertNull(claims.getClaim("provider"));
        assertEquals(600_000, claims.getExpirationTime().getTime() - claims.getIssueTime().getTime());
        assertTrue(claims.getExpirationTime().toInstant().isAfter(Instant.now()));
    }

    @Test
    void givenAgencyClient_thenItsTokenSpeaksAsTheAgency() throws Exception {
        Credentials agency = register(adminOf("acme"),
            "{\"name\":\"Blue Sky reporting bot\",\"roles\":[\"AGENCY\"],\"providerId\":\"agency-blue\"}");

        String token = accessToken(agency);

        JWTClaimsSet claims = TestTokens.verified(token, TestTokens.USER_SECRET);
        assertEquals("agency-blue", claims.getSubject());
        assertEquals("agency-blue", claims.getStringClaim("provider"));
        assertEquals(agency.clientId(), claims.getStringClaim("client_id"));
        assertEquals(List.of("AGENCY"), claims.getStringListClaim("roles"));
        JWTClaimsSet forwarded = forwardedIdentity(throughRoute(token));
        assertEquals("agency-blue", forwarded.getSubject());
        assertEquals("agency-blue", forwarded.getClaim("provider"));
    }

    @Test
    void givenCredentialsInTheForm_thenTokenIssued() {
        Credentials erp = register("acme", "Acme ERP", "EMPLOYEE");

        HttpResponse<String> issued = requestTokenWithForm("grant_type=client_credentials&client_id="
            + erp.clientId() + "&client_secret=" + erp.secret() + "&scope=ignored");

        assertEquals(200, issued.statusCode(), issued.body());
        assertEquals(200, throughRoute((String) json(issued).get("access_token")).statusCode());
    }

    @Test
    void givenWrongSecret_thenInvalidClientWithBasicChallenge() {
        Credentials erp = register("acme", "Acme ERP", "EMPLOYEE");

        HttpResponse<String> refused = requestToken(erp.clientId(), erp.secret() + "x");

        assertOAuthError(refused, 401, "invalid_client", "invalid-client");
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic "),
            refused.headers().map().toString());
    }

    @Test
    void givenUnknownClient_thenInvalidClient() {
        HttpResponse<String> refused = requestToken("sgc_0123456789abcdef0123456789abcdef", "sgs_guess");

        assertOAuthError(refused, 401, "invalid_client", "invalid-client");
    }

    @Test
    void givenNoClientCredentials_thenInvalidClient() {
        assertOAuthError(requestTokenWithForm("grant_type=client_credentials"), 401, "invalid_client",
            "invalid-client");
    }

    @Test
    void givenAnotherGrantType_thenUnsupportedGrantType() {
        Credentials erp = register("acme", "Acme ERP", "EMPLOYEE");

        HttpResponse<String> refused = send(tokenRequest("grant_type=password&username=a&password=b")
            .header("Authorization", basic(erp.clientId(), erp.secret())));

        assertOAuthError(refused, 400, "unsupported_grant_type", "unsupported-grant-type");
    }

    @Test
    void givenNoGrantType_thenInvalidRequest() {
        Credentials erp = register("acme", "Acme ERP", "EMPLOYEE");

        HttpResponse<String> refused = send(tokenRequest("client_id=" + erp.clientId())
            .header("Authorization", basic(erp.clientId(), erp.secret())));

        assertOAuthError(refused, 400, "invalid_request", "invalid-request");
    }

    @Test
    void givenCredentialsBothByBasicAndInTheForm_thenInvalidRequest() {
        Credentials erp = register("acme", "Acme ERP", "EMPLOYEE");

        HttpResponse<String> refused = send(tokenRequest("grant_type=client_credentials&client_id="
            + erp.clientId() + "&client_secret=" + erp.secret())
            .header("Authorization", basic(erp.clientId(), erp.secret())));

        assertOAuthError(refused, 400, "invalid_request", "invalid-request");
    }

    @Test
    void givenAParameterTwice_thenInvalidRequest() {
        Credentials erp = register("acme", "Acme ERP", "EMPLOYEE");

        HttpResponse<String> refused = send(tokenRequest("grant_type=client_credentials&grant_type=client_credentials")
            .header("Authorization", basic(erp.clientId(), erp.secret())));

        assertOAuthError(refused, 400, "invalid_request", "invalid-request");
    }

    private void assertOAuthError(HttpResponse<String> response, int status, String error, String typeSlug) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        Map<String, Object> problem = json(response);
        assertEquals("https://socialgov.org/problems/" + typeSlug, problem.get("type"));
        assertEquals(status, ((Number) problem.get("status")).intValue());
        assertEquals(error, problem.get("error"));
        assertEquals(problem.get("detail"), problem.get("error_description"));
        assertFalse(((String) problem.get("error_description")).isBlank());
        assertEquals("/api/oauth/token", problem.get("instance"));
        assertNotNull(problem.get("requestId"));
    }
}
