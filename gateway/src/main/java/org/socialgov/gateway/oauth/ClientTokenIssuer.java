package org.socialgov.gateway.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.socialgov.gateway.clients.Actor;
import org.socialgov.gateway.clients.RegisteredClient;
import org.socialgov.gateway.identity.GatewaySecrets;
import org.socialgov.gateway.identity.HmacJwtSigner;
import org.socialgov.gateway.identity.InternalTokenIssuer;
import org.socialgov.gateway.identity.TokenSettings;
import org.socialgov.gateway.store.MachineClientsFeature;

/**
 * Signs a machine client's access token with the users' token secret, so the gateway verifies it like any caller's
 * token: the tenant and roles the client was registered with, {@code client_id} and the secret generation
 * ({@code gen}) it was issued under, which the gateway checks against the registry on every request. An agency's
 * client speaks as the agency: {@code sub} is its provider id, as the services know agencies, and so is
 * {@code provider}. Short-lived, so a token copied somewhere dies soon even if nobody revokes it.
 */
@Singleton
@Requires(property = MachineClientsFeature.MONGODB_URI, pattern = MachineClientsFeature.ON)
public class ClientTokenIssuer {

    public static final String AUDIENCE = "socialgov-api";
    public static final String GENERATION_CLAIM = "gen";
    public static final String PROVIDER_CLAIM = "provider";

    private final HmacJwtSigner signer;
    private final Duration lifetime;
    private final Clock clock;

    public ClientTokenIssuer(GatewaySecrets secrets, ClientTokenSettings settings, TokenSettings tokens,
                             Clock clock) {
        this.lifetime = settings.getLifetime();
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(ClientTokenSettings.MAX_LIFETIME) > 0) {
            throw new ConfigurationException("socialgov.gateway.client-tokens.lifetime is " + lifetime
                + "; it must be positive and at most " + ClientTokenSettings.MAX_LIFETIME.toMinutes() + " minutes");
        }
        if (lifetime.compareTo(tokens.getMaxLifetime()) > 0) {
            throw new ConfigurationException("socialgov.gateway.client-tokens.lifetime is " + lifetime
                + ", longer than socialgov.gateway.tokens.max-lifetime (" + tokens.getMaxLifetime()
                + "): the gateway would refuse the tokens it issues");
        }
        this.signer = new HmacJwtSigner(secrets.userTokenSecret());
        this.clock = clock;
    }

    public AccessToken issue(RegisteredClient client) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
            .subject(client.providerId() != null ? client.providerId() : client.clientId())
            .claim(InternalTokenIssuer.TENANT_CLAIM, client.tenant())
            .claim(InternalTokenIssuer.ROLES_CLAIM, client.roles())
            .claim(Actor.CLIENT_ID_CLAIM, client.clientId())
            .claim(GENERATION_CLAIM, client.secretGeneration())
            .issuer(InternalTokenIssuer.ISSUER)
            .audience(AUDIENCE)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(UUID.randomUUID().toString());
        if (client.providerId() != null) {
            claims.claim(PROVIDER_CLAIM, client.providerId());
        }
        return new AccessToken(signer.sign(claims.build()), lifetime);
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** A signed token and how long it lives. */
    public record AccessToken(String value, Duration lifetime) {

        @Override
        public String toString() {
            return "AccessToken[(hidden), lifetime=" + lifetime + "]";
        }
    }
}
