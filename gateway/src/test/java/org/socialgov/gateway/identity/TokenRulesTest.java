package org.socialgov.gateway.identity;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.socialgov.gateway.GatewayTestSupport;
import org.socialgov.gateway.MutableClock;
import org.socialgov.gateway.TestTokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's own tokens (HS256 with the users' secret) against the rules every token must meet, each from both
 * sides of its bound: dated no more than the clock skew (60 s) ahead, living no longer than the maximum (24 h), and
 * signed with the configured algorithm. The gateway's clock stands still, so the bounds are exact.
 */
@MicronautTest
class TokenRulesTest extends GatewayTestSupport {

    /** A whole second, as JWT times are. */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Duration MAX_LIFETIME = Duration.ofHours(24);
    /** As long as a production secret (64 bytes), so that HS384 and HS512 tokens can be signed with it too. */
    private static final String SECRET = "a-users-token-secret-as-long-as-the-openssl-rand-base64-48-ones!";

    private final MutableClock clock = MutableClock.stoppedAt(NOW);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.security.token.jwt.signatures.secret.user.secret", SECRET);
    }

    @BeforeEach
    void watchLog() {
        log.list.clear();
        log.start();
        filterLogger().addAppender(log);
    }

    @AfterEach
    void stopWatching() {
        filterLogger().detachAppender(log);
    }

    @Test
    void givenNotBeforeWithinTheClockSkew_thenAccepted() {
        assertAccepted(hs256(claims().notBeforeTime(at(NOW.plusSeconds(59)))));
    }

    @Test
    void givenNotBeforeBeyondTheClockSkew_thenRefusedSayingSo() {
        assertRefused(hs256(claims().notBeforeTime(at(NOW.plusSeconds(61)))),
            "The token is not valid before " + NOW.plusSeconds(61) + " (nbf), more than 60 s after the gateway's time "
                + NOW);
    }

    @Test
    void givenIssuedWithinTheClockSkewAhead_thenAccepted() {
        assertAccepted(hs256(claims().issueTime(at(NOW.plusSeconds(59)))));
    }

    @Test
    void givenIssuedBeyondTheClockSkewAhead_thenRefusedSayingSo() {
        assertRefused(hs256(claims().issueTime(at(NOW.plusSeconds(61)))), "(iat), more than 60 s after the gateway's");
    }

    @Test
    void givenLifetimeOfExactlyTheMaximum_thenAccepted() {
        assertAccepted(hs256(claims().issueTime(at(NOW)).expirationTime(at(NOW.plus(MAX_LIFETIME)))));
    }

    @Test
    void givenLifetimeOverTheMaximum_thenRefusedSayingSo() {
        assertRefused(hs256(claims().issueTime(at(NOW)).expirationTime(at(NOW.plus(MAX_LIFETIME).plusSeconds(1)))),
            "The token lives 24 h 1 s from iat to exp, longer than the 24 h this gateway accepts");
    }

    @Test
    void givenNoIssueTimeAndExpiryWithinTheMaximumAndSkew_thenAccepted() {
        assertAccepted(hs256(claims().issueTime(null).expirationTime(at(NOW.plus(MAX_LIFETIME).plusSeconds(60)))));
    }

    @Test
    void givenNoIssueTimeAndExpiryBeyondTheMaximumAndSkew_thenRefusedSayingSo() {
        assertRefused(hs256(claims().issueTime(null).expirationTime(at(NOW.plus(MAX_LIFETIME).plusSeconds(61)))),
            "The token has no iat and expires in 24 h 1 min 1 s, later than the 24 h this gateway accepts");
    }

    @Test
    void givenHs512SignedWithTheSameSecret_thenRefusedSayingSo() {
        assertRefused(signed(JWSAlgorithm.HS512, claims()),
            "The token is signed with HS512; this gateway accepts only HS256 (the gateway's own tokens)");
    }

    @Test
    void givenHs256_thenAccepted() {
        assertAccepted(signed(JWSAlgorithm.HS256, claims()));
    }

    @Test
    void givenAnUnsignedToken_thenRefusedSayingSo() {
        assertRefused(new PlainJWT(new PlainHeader(), claims().build()).serialize(), "The token is not signed");
    }

    @Test
    void givenABrokenTokenOnAPublicRoute_thenRefusedThereToo() {
        HttpResponse<String> refused = send(request("/api/public/acme/policy").header("Authorization", "Bearer "
            + signed(JWSAlgorithm.HS384, claims())));

        assertEquals(401, refused.statusCode(), refused.body());
    }

    private void assertAccepted(String token) {
        HttpResponse<String> response = call(token);

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(log.list.isEmpty(), () -> "logged: " + log.list);
    }

    private void assertRefused(String token, String reason) {
        HttpResponse<String> response = call(token);

        assertEquals(401, response.statusCode(), response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        Map<String, Object> problem = json(response);
        assertEquals("https://socialgov.org/problems/unauthenticated", problem.get("type"));
        String detail = (String) problem.get("detail");
        assertTrue(detail.contains(reason), detail);
        assertEquals("Bearer error=\"invalid_token\", error_description=\"" + detail + "\"",
            response.headers().firstValue("WWW-Authenticate").orElse(""));
        assertTrue(response.headers().firstValue("X-Request-Id").isPresent());
        assertTrue(log.list.stream().anyMatch(event -> event.getFormattedMessage()
            .equals("GET /api/contracts/c-1: bearer token refused: " + detail)), () -> "logged: " + log.list);
    }

    private HttpResponse<String> call(String token) {
        return send(request("/api/contracts/c-1").header("Authorization", "Bearer " + token));
    }

    /** A valid token of the gateway's as of the stopped clock: issued now, living five minutes. */
    private static JWTClaimsSet.Builder claims() {
        return TestTokens.claims("alice", "acme", "CONTRACT_MANAGER").issueTime(at(NOW))
            .expirationTime(at(NOW.plus(Duration.ofMinutes(5))));
    }

    private static String hs256(JWTClaimsSet.Builder claims) {
        return signed(JWSAlgorithm.HS256, claims);
    }

    private static String signed(JWSAlgorithm algorithm, JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims.build());
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Date at(Instant instant) {
        return Date.from(instant);
    }

    private static Logger filterLogger() {
        return (Logger) LoggerFactory.getLogger(TokenRulesFilter.class);
    }
}
