package org.socialgov.contract.web;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Signs identities the way the gateway does, so that tests can call the service directly. */
final class InternalTokens {

    static final String SECRET = "test-internal-secret-test-internal-secret";

    private InternalTokens() {
    }

    static String forUser(String subject, String tenant, String... roles) {
        return sign(SECRET, subject, tenant, roles);
    }

    static String sign(String secret, String subject, String tenant, String... roles) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
            .subject(subject)
            .claim("tenant", tenant)
            .claim("roles", List.of(roles))
            .issuer("socialgov-gateway")
            .issueTime(new Date())
            .expirationTime(Date.from(Instant.now().plusSeconds(60)))
            .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
