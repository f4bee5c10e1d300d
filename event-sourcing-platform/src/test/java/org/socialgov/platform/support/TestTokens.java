package org.socialgov.platform.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Internal tokens as the gateway signs them: HS256, with the caller in sub, tenant and roles, and for a machine
 * client its client_id.
 */
public final class TestTokens {

    private TestTokens() {
    }

    public static String internalToken(String actor, String tenant, List<String> roles) {
        return signed(actor, tenant, roles, TestServices.INTERNAL_JWT_SECRET);
    }

    /** The gateway's token for a machine client acting as {@code actor} (for an agency's client, the agency). */
    public static String internalClientToken(String actor, String tenant, List<String> roles, String clientId) {
        return sign(claims(actor, tenant, roles).claim("client_id", clientId).build(),
            TestServices.INTERNAL_JWT_SECRET);
    }

    public static String signed(String actor, String tenant, List<String> roles, String secret) {
        return sign(claims(actor, tenant, roles).build(), secret);
    }

    private static JWTClaimsSet.Builder claims(String actor, String tenant, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
            .subject(actor)
            .claim("tenant", tenant)
            .claim("roles", roles)
            .issuer("socialgov-gateway")
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    private static String sign(JWTClaimsSet claims, String secret) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
        return jwt.serialize();
    }
}
