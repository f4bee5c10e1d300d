package org.socialgov.gateway.dev;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import org.socialgov.gateway.identity.GatewaySecrets;
import org.socialgov.gateway.identity.HmacJwtSigner;
import org.socialgov.gateway.identity.InternalTokenIssuer;

/**
 * Hands out user tokens without an identity provider, for local runs and demos. It exists only when
 * {@code socialgov.gateway.dev-tokens.enabled=true}: anyone who can reach it can become anyone.
 */
@Controller("/dev/tokens")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = DevTokensController.ENABLED, value = "true")
public class DevTokensController {

    static final String ENABLED = "socialgov.gateway.dev-tokens.enabled";
    static final String ISSUER = "socialgov-gateway-dev";

    private final HmacJwtSigner signer;
    private final Clock clock = Clock.systemUTC();

    public DevTokensController(GatewaySecrets secrets) {
        this.signer = new HmacJwtSigner(secrets.userTokenSecret());
    }

    @Post
    public DevTokenResponse create(@Valid @Body DevTokenRequest request) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofMinutes(request.ttlOrDefault()));
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
            .subject(request.subject())
            .claim(InternalTokenIssuer.TENANT_CLAIM, request.tenant())
            .claim(InternalTokenIssuer.ROLES_CLAIM, request.roles())
            .issuer(ISSUER)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expiresAt))
            .build();
        return new DevTokenResponse(signer.sign(claims), expiresAt);
    }
}
