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
 * who the caller is ({@code sub}), for which tenant company they act ({@code tenant}) and their {@code roles}. It
 * lives one minute, long enough for one request, too short to be worth stealing from a log.
 */
@Singleton
public class InternalTokenIssuer {

    public static final String ISSUER = "socialgov-gateway";
    public static final String TENANT_CLAIM = "tenant";
    public static final String ROLES_CLAIM = "roles";
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
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
            .subject(caller.getName())
            .claim(TENANT_CLAIM, caller.getAttributes().get(TENANT_CLAIM))
            .claim(ROLES_CLAIM, List.copyOf(caller.getRoles()))
            .issuer(ISSUER)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .build();
        return signer.sign(claims);
    }
}
