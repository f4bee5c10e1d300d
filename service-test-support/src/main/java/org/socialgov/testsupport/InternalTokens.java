package org.socialgov.testsupport;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Signs identities the way the gateway does, so that tests can call a service directly. */
public final class InternalTokens {

    /** The secret {@link ServiceRunner} gives the services it starts. */
    public static final String SECRET = "test-internal-secret-test-internal-secret";

    private InternalTokens() {
    }

    public static String forUser(String subject, String tenant, String... roles) {
        return sign(SECRET, subject, tenant, roles);
    }

    public static String sign(String secret, String subject, String tenant, String... roles) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
            .subject(subject)
            .claim("tenant", tenant)
            .claim("roles", List.of(roles))
            .issuer("socialgov-gateway")
            .issueTime(new Date())
            .expirationTime(Date.from(Instant.now().plusSeconds(300)))
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
