package org.socialgov.bench;

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
 * Bearer tokens signed as the suite's parties sign them, valid for two hours so that a whole run needs only one each:
 * a user's (as the identity provider would sign it) and the gateway's internal one (for calls straight to a service).
 */
final class Tokens {

    private static final String GATEWAY_ISSUER = "socialgov-gateway";

    private Tokens() {
    }

    static String user(String secret, String subject, String tenant, String role) {
        return sign(secret, new JWTClaimsSet.Builder(), subject, tenant, role);
    }

    static String internal(String secret, String subject, String tenant, String role) {
        return sign(secret, new JWTClaimsSet.Builder().issuer(GATEWAY_ISSUER), subject, tenant, role);
    }

    private static String sign(String secret, JWTClaimsSet.Builder claims, String subject, String tenant,
                               String role) {
        claims.subject(subject).claim("tenant", tenant).claim("roles", List.of(role)).issueTime(new Date())
            .expirationTime(Date.from(Instant.now().plusSeconds(7200)));
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
