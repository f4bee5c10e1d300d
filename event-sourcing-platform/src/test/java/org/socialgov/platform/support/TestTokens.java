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

/** Internal tokens as the gateway signs them: HS256, with the caller in sub, tenant and roles. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String internalToken(String actor, String tenant, List<String> roles) {
        return signed(actor, tenant, roles, TestServices.INTERNAL_JWT_SECRET);
    }

    public static String signed(String actor, String tenant, List<String> roles, String secret) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
            .subject(actor)
            .claim("tenant", tenant)
            .claim("roles", roles)
            .issuer("socialgov-gateway")
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
            .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
        return jwt.serialize();
    }
}
