package org.socialgov.gateway.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.security.authentication.Authentication;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.MutableClock;
import org.socialgov.gateway.TestTokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * An internal token is signed once per identity and used again only for exactly that identity, during the first half
 * of its life.
 */
class InternalTokenReuseTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    private final MutableClock clock = MutableClock.stoppedAt(START);
    private final InternalTokenIssuer issuer = new InternalTokenIssuer(
        new GatewaySecrets(TestTokens.USER_SECRET, TestTokens.INTERNAL_SECRET), clock);

    @Test
    void givenSameIdentity_whenIssuedAgainWithinHalfItsLife_thenSameToken() {
        String first = issuer.issue(caller("alice", "acme", List.of("AUDITOR")));
        clock.shift(Duration.ofSeconds(29));

        String again = issuer.issue(caller("alice", "acme", List.of("AUDITOR")));

        assertEquals(first, again);
        assertEquals(START.plusSeconds(60), claims(again).getExpirationTime().toInstant());
    }

    @Test
    void givenSameIdentity_whenHalfItsLifeIsOver_thenFreshTokenWithFullLifetime() {
        String first = issuer.issue(caller("alice", "acme", List.of("AUDITOR")));
        clock.shift(Duration.ofSeconds(30));

        String fresh = issuer.issue(caller("alice", "acme", List.of("AUDITOR")));

        assertNotEquals(first, fresh);
        assertEquals(START.plusSeconds(30), claims(fresh).getIssueTime().toInstant());
        assertEquals(START.plusSeconds(90), claims(fresh).getExpirationTime().toInstant());
    }

    @Test
    void givenAnotherSubjectOrTenant_thenEachGetsATokenSayingWhoTheyAre() {
        String alice = issuer.issue(caller("alice", "acme", List.of("AUDITOR")));
        String bob = issuer.issue(caller("bob", "acme", List.of("AUDITOR")));
        String aliceElsewhere = issuer.issue(caller("alice", "globex", List.of("AUDITOR")));

        assertEquals(3, Set.of(alice, bob, aliceElsewhere).size());
        assertEquals(List.of("alice", "acme"), subjectAndTenant(alice));
        assertEquals(List.of("bob", "acme"), subjectAndTenant(bob));
        assertEquals(List.of("alice", "globex"), subjectAndTenant(aliceElsewhere));
        assertEquals(alice, issuer.issue(caller("alice", "acme", List.of("AUDITOR"))));
    }

    @Test
    void givenChangedRoles_thenAnotherTokenWithTheNewRoles() {
        String auditor = issuer.issue(caller("alice", "acme", List.of("AUDITOR")));

        String manager = issuer.issue(caller("alice", "acme", List.of("AUDITOR", "CONTRACT_MANAGER")));

        assertNotEquals(auditor, manager);
        assertEquals(List.of("AUDITOR", "CONTRACT_MANAGER"), claims(manager).getClaim("roles"));
        assertEquals(List.of("AUDITOR"), claims(auditor).getClaim("roles"));
    }

    @Test
    void givenAnotherClientOrProvider_thenAnotherToken() {
        String person = issuer.issue(caller("erp", "acme", List.of("AUDITOR")));
        String client = issuer.issue(caller("erp", "acme", List.of("AUDITOR"), Map.of("client_id", "c-1")));
        String otherClient = issuer.issue(caller("erp", "acme", List.of("AUDITOR"), Map.of("client_id", "c-2")));
        String agency = issuer.issue(caller("erp", "acme", List.of("AUDITOR"),
            Map.of("client_id", "c-1", "provider", "agency-blue")));

        assertEquals(4, Stream.of(person, client, otherClient, agency).collect(Collectors.toSet()).size());
        assertEquals(null, claims(person).getClaim("client_id"));
        assertEquals("c-2", claims(otherClient).getClaim("client_id"));
        assertEquals("agency-blue", claims(agency).getClaim("provider"));
    }

    private static Authentication caller(String subject, String tenant, List<String> roles) {
        return caller(subject, tenant, roles, Map.of());
    }

    private static Authentication caller(String subject, String tenant, List<String> roles,
                                         Map<String, Object> more) {
        Map<String, Object> attributes = new HashMap<>(more);
        attributes.put("tenant", tenant);
        return Authentication.build(subject, roles, attributes);
    }

    private static JWTClaimsSet claims(String token) {
        return TestTokens.verified(token, TestTokens.INTERNAL_SECRET);
    }

    private static List<Object> subjectAndTenant(String token) {
        return List.of(claims(token).getSubject(), claims(token).getClaim("tenant"));
    }
}
