package org.socialgov.gateway.dev;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialgov.gateway.GatewayTestSupport;
import org.socialgov.gateway.TestTokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class DevTokensTest extends GatewayTestSupport {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("socialgov.gateway.dev-tokens.enabled", "true");
    }

    @Test
    void givenDevToken_whenUsedThroughTheGateway_thenServiceSeesThatIdentity() {
        HttpResponse<String> issued = post("{\"subject\":\"bob\",\"tenant\":\"acme\","
            + "\"roles\":[\"COMPLIANCE_OFFICER\"],\"ttlMinutes\":30}");

        assertEquals(200, issued.statusCode(), issued.body());
        Map<String, Object> body = json(issued);
        Instant expiresAt = Instant.parse((String) body.get("expiresAt"));
        assertTrue(Duration.between(Instant.now(), expiresAt).toMinutes() >= 29);
        HttpResponse<String> routed = send(request("/api/contracts/c-1")
            .header("Authorization", "Bearer " + body.get("token")));
        assertEquals(200, routed.statusCode(), routed.body());
        String internal = echo(routed).headers().get("authorization").get(0).substring("Bearer ".length());
        JWTClaimsSet claims = TestTokens.verified(internal, TestTokens.INTERNAL_SECRET);
        assertEquals("bob", claims.getSubject());
        assertEquals("acme", claims.getClaim("tenant"));
        assertEquals(List.of("COMPLIANCE_OFFICER"), claims.getClaim("roles"));
    }

    @Test
    void givenNoTtl_thenTokenLastsAnHour() {
        HttpResponse<String> issued = post("{\"subject\":\"bob\",\"tenant\":\"acme\",\"roles\":[\"AUDITOR\"]}");

        assertEquals(200, issued.statusCode(), issued.body());
        JWTClaimsSet claims = TestTokens.verified((String) json(issued).get("token"), TestTokens.USER_SECRET);
        assertEquals(Duration.ofHours(1).toMillis(),
            claims.getExpirationTime().getTime() - claims.getIssueTime().getTime());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"subject\":\" \",\"tenant\":\"acme\",\"roles\":[\"AUDITOR\"]}                     | subject",
        "{\"tenant\":\"acme\",\"roles\":[\"AUDITOR\"]}                                        | subject",
        "{\"subject\":\"bob\",\"tenant\":\"" + "t" + "\",\"roles\":[]}                        | roles",
        "{\"subject\":\"bob\",\"tenant\":\"acme\",\"roles\":[\"ADMIN\"]}                      | roles",
        "{\"subject\":\"bob\",\"tenant\":\"acme\",\"roles\":[\"AUDITOR\"],\"ttlMinutes\":0}    | ttlMinutes",
        "{\"subject\":\"bob\",\"tenant\":\"acme\",\"roles\":[\"AUDITOR\"],\"ttlMinutes\":1441} | ttlMinutes"})
    void givenInvalidRequest_thenBadRequestNamingTheField(String json, String field) {
        HttpResponse<String> response = post(json);

        assertEquals(400, response.statusCode(), response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        Map<String, Object> problem = json(response);
        assertEquals("https://socialgov.org/problems/invalid-request", problem.get("type"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
        assertTrue(((String) errors.get(0).get("field")).startsWith(field), response.body());
    }

    @Test
    void givenTooLongTenant_thenBadRequestNamingTheField() {
        HttpResponse<String> response = post("{\"subject\":\"bob\",\"tenant\":\"" + "t".repeat(65)
            + "\",\"roles\":[\"AUDITOR\"]}");

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"field\":\"tenant\""), response.body());
    }

    private HttpResponse<String> post(String json) {
        return send(request("/dev/tokens").header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json)));
    }
}
