package org.socialgov.gateway.oauth;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.MachineClientsTestSupport;
import org.socialgov.gateway.MutableClock;
import org.socialgov.gateway.TestTokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A token lives as long as configured, here two minutes. The gateway's clock is set back to issue a token in the
 * past, so expiry is tested without waiting.
 */
@MicronautTest
class ClientTokenExpiryTest extends MachineClientsTestSupport {

    private final MutableClock clock = new MutableClock();

    @Override
    protected Map<String, String> machineClientProperties() {
        return Map.of("socialgov.gateway.client-tokens.lifetime", "2m");
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void givenConfiguredLifetime_thenTokensLiveThatLong() {
        Credentials erp = register("acme", "Acme ERP", "AUDITOR");

        HttpResponse<String> issued = requestToken(erp.clientId(), erp.secret());

        assertEquals(120, ((Number) json(issued).get("expires_in")).intValue());
        JWTClaimsSet claims = TestTokens.verified((String) json(issued).get("access_token"), TestTokens.USER_SECRET);
        assertEquals(120_000, claims.getExpirationTime().getTime() - claims.getIssueTime().getTime());
    }

    @Test
    void givenTokenIssuedLessThanItsLifetimeAgo_thenAccepted() {
        Credentials erp = register("acme", "Acme ERP", "AUDITOR");
        clock.shift(Duration.ofSeconds(-110));
        String token = accessToken(erp);
        clock.reset();

        assertEquals(200, throughRoute(token).statusCode());
    }

    @Test
    void givenTokenIssuedMoreThanItsLifetimeAgo_thenUnauthenticated() {
        Credentials erp = register("acme", "Acme ERP", "AUDITOR");
        clock.shift(Duration.ofSeconds(-130));
        String token = accessToken(erp);
        clock.reset();

        HttpResponse<String> refused = throughRoute(token);

        assertEquals(401, refused.statusCode(), refused.body());
        assertEquals("https://socialgov.org/problems/unauthenticated", json(refused).get("type"));
    }
}
