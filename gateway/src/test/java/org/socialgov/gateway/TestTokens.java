package org.socialgov.gateway;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.socialgov.gateway.identity.HmacJwtSigner;

/** Tokens as an identity provider would sign them, and a check of the gateway's internal ones. */
public final class TestTokens {

    public static final String USER_SECRET = "test-user-token-secret-of-at-least-32-bytes";
    public static final String INTERNAL_SECRET = "test-internal-token-secret-of-at-least-32-bytes";

    private TestTokens() {
    }

    public static String user(String subject, String tenant, String... roles) {
        return sign(USER_SECRET, claims(subject, tenant, roles).build());
    }

    public static JWTClaimsSet.Builder claims(String subject, String tenant, String... roles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
            .subject(subject)
            .claim("roles", List.of(roles))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
        return tenant == null ? claims : claims.claim("tenant", tenant);
    }

    public static String sign(String secret, JWTClaimsSet claims) {
        return new HmacJwtSigner(secret.getBytes(StandardCharsets.UTF_8)).sign(claims);
    }

    /** The claims of a token, provided its signature is good for the given secret. */
    public static JWTClaimsSet verified(String token, String secret) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!jwt.verify(new MACVerifier(secret.getBytes(StandardCharsets.UTF_8)))) {
                throw new AssertionError("Token not signed with the expected secret: " + token);
            }
            return jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw new AssertionError("Not a signed JWT: " + token, e);
        }
    }
}
