package org.socialgov.gateway.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

/**
 * Vouches for the caller to a service: a token signed with the internal secret that only the gateway holds, saying
 * who the caller is ({@code sub}), for which tenant company they act ({@code tenant}) and their {@code roles}; for a
 * machine client also which client it is ({@code client_id}) and, for an agency's, the agency ({@code provider}), so
 * that a service can tell which system acted. It lives one minute, long enough for one request, too short to be
 * worth stealing from a log.
 *
 * <p>A token is signed once per identity and used again for that same identity during the first half of its life
 * ({@link #REUSED_FOR}), so that a busy caller does not cost a signature per request, and a service always gets a
 * token with at least half a minute left. The same identity means every claim the token carries except its times:
 * subject, tenant, roles in their order, client and provider; a change in any of them is another identity and gets
 * a token of its own. At most {@link #CAPACITY} identities are kept.
 */
@Singleton
public class InternalTokenIssuer {

    public static final String ISSUER = "socialgov-gateway";
    public static final String TENANT_CLAIM = "tenant";
    public static final String ROLES_CLAIM = "roles";
    /** Claims passed on as they are when the caller's token has them. */
    static final List<String> FORWARDED_IF_PRESENT = List.of("client_id", "provider");
    static final Duration LIFETIME = Duration.ofSeconds(60);
    static final Duration REUSED_FOR = LIFETIME.dividedBy(2);
    static final int CAPACITY = 10_000;

    private final HmacJwtSigner signer;
    private final Clock clock;
    private final ExpiringCache<Identity, String> signed;

    public InternalTokenIssuer(GatewaySecrets secrets) {
        this(secrets, Clock.systemUTC());
    }

    InternalTokenIssuer(GatewaySecrets secrets, Clock clock) {
        this.signer = new HmacJwtSigner(secrets.internalTokenSecret());
        this.clock = clock;
        this.signed = new ExpiringCache<>(CAPACITY, clock);
    }

    public String issue(Authentication caller) {
        Identity identity = Identity.of(caller);
        return signed.get(identity).orElseGet(() -> sign(identity));
    }

    private String sign(Identity identity) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
            .subject(identity.subject())
            .claim(TENANT_CLAIM, identity.tenant())
            .claim(ROLES_CLAIM, identity.roles())
            .issuer(ISSUER)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)));
        identity.forwarded().forEach(claims::claim);
        String token = signer.sign(claims.build());
        signed.put(identity, token, now.plus(REUSED_FOR));
        return token;
    }

    /** Everything the internal token says about the caller: what one token may be used again for. */
    private record Identity(String subject, Object tenant, List<String> roles, Map<String, String> forwarded) {

        static Identity of(Authentication caller) {
            Map<String, String> forwarded = new HashMap<>();
            for (String claim : FORWARDED_IF_PRESENT) {
                if (caller.getAttributes().get(claim) instanceof String value) {
                    forwarded.put(claim, value);
                }
            }
            return new Identity(caller.getName(), caller.getAttributes().get(TENANT_CLAIM),
                List.copyOf(caller.getRoles()), Map.copyOf(forwarded));
        }
    }
}
