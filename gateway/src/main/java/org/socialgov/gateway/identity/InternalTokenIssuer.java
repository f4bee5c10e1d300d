package org.socialgov.gateway.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

/**
 * Vouches for the caller to a service: a token signed with the internal secret that only the gateway holds, saying
 * who the caller is ({@code sub}), for which tenant company they act ({@code tenant}) and their {@code roles}; for a
 * machine client also which client it is ({@code client_id}) and, for an agency's, the agency ({@code provider}), so
 * that a service can tell which system acted. It lives one minute, long enough for one request, too short to be
 * worth stealing from a log.
 */
@Singleton
public class InternalTokenIssuer {

    public static final String ISSUER = "socialgov-gateway";
    public static final String TENANT_CLAIM = "tenant";
    public static final String ROLES_CLAIM = "roles";
    /** Claims passed on as they are when the caller's token has them. */
    static final List<String> FORWARDED_IF_PRESENT = List.of("client_id", "provider");
    static final Duration LIFETIME = Duration.ofSeconds(60);

    private final HmacJwtSigner signer;
    private final Clock clock;

    public InternalTokenIssuer(GatewaySecrets secrets) {
        this(secrets, Clock.systemUTC());
    }

    InternalTokenIssuer(GatewaySecrets secrets, Clock clock) {
        this.signer = new HmacJwtSigner(secrets.internalTokenSecret());
        this.clock = clock;
    }

    public String issue(Authentication caller) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
            .subject(caller.getName())
            .claim(TENANT_CLAIM, caller.getAttributes().get(TENANT_CLAIM))
            .claim(ROLES_CLAIM, List.copyOf(caller.getRoles()))
            .issuer(ISSUER)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)));
        for (String claim : FORWARDED_IF_PRESENT) {
            if (caller.getAttributes().get(claim) instanceof String value) {
                claims.claim(claim, value);
            }
        }
        return signer.sign(claims.build());
    }
}
