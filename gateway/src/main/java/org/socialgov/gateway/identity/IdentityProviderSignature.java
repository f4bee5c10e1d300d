package org.socialgov.gateway.identity;

import java.text.ParseException;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.nimbus.ReactiveJwksSignature;
import io.micronaut.security.token.jwt.signature.ReactiveSignatureConfiguration;
import io.micronaut.security.token.jwt.signature.jwks.JwkSetFetcher;
import io.micronaut.security.token.jwt.signature.jwks.JwkValidator;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfiguration;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Accepts tokens of an external identity provider: signed with one of the configured algorithms (RS256 or ES256
 * unless configured otherwise) by a key the provider publishes at its JWKS URL (fetched and cached by micronaut-security's own JWKS support), and only if they name the provider as
 * issuer and this API as audience. {@code tenant} and {@code exp} are then required as of every token.
 *
 * <p>Why issuer and audience are checked here rather than by micronaut-security's claims validators: those apply
 * to every token, whichever key verified it, so they would also refuse the gateway's own HS256 tokens (machine
 * clients, development tokens), which name the gateway as issuer. Bound to the provider's keys, the check means
 * exactly "the provider's keys vouch only for tokens the provider issued for us": a token for another application
 * of the same provider, or from another tenant of a provider that shares its keys among tenants, is refused. For
 * the same reason the JWKS configuration is not a bean: micronaut-security would turn it into a second signature
 * without these checks.
 *
 * <p>{@code @Context}: a provider configured without issuer or audience stops the gateway at startup.
 */
@Context
@Requires(property = IdentityProviderSettings.JWKS_URL, pattern = "(?s).*\\S.*")
public class IdentityProviderSignature implements ReactiveSignatureConfiguration<SignedJWT> {

    /** Issuers of the gateway's own tokens: a provider may not speak for them, or its tokens would pass as ours. */
    private static final List<String> OWN_ISSUERS = List.of(InternalTokenIssuer.ISSUER, "socialgov-gateway-dev");
    private static final Logger LOG = LoggerFactory.getLogger(IdentityProviderSignature.class);

    private final ReactiveJwksSignature providerKeys;
    private final Set<JWSAlgorithm> algorithms;
    private final String issuer;
    private final String audience;

    public IdentityProviderSignature(IdentityProviderSettings settings, JwkValidator jwkValidator,
                                     JwkSetFetcher<JWKSet> jwkSetFetcher) {
        this.issuer = require("SOCIALGOV_IDP_ISSUER", settings.getIssuer());
        this.audience = require("SOCIALGOV_IDP_AUDIENCE", settings.getAudience());
        if (OWN_ISSUERS.contains(issuer)) {
            throw new ConfigurationException("SOCIALGOV_IDP_ISSUER is '" + issuer + "', the gateway's own issuer;"
                + " the identity provider must have its own");
        }
        this.algorithms = TokenRules.providerAlgorithms(settings);
        this.providerKeys = new ReactiveJwksSignature(new ProviderKeys(settings.getJwksUrl()), jwkValidator,
            jwkSetFetcher);
        LOG.info("Accepting {} tokens of identity provider {} for audience {}, keys from {}", algorithms, issuer,
            audience, settings.getJwksUrl());
    }

    @Override
    public Publisher<Boolean> verify(SignedJWT jwt) {
        if (!algorithms.contains(jwt.getHeader().getAlgorithm()) || !issuedForUs(jwt)) {
            return Mono.just(false);
        }
        return providerKeys.verify(jwt);
    }

    private boolean issuedForUs(SignedJWT jwt) {
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            return issuer.equals(claims.getIssuer()) && claims.getAudience().contains(audience);
        } catch (ParseException e) {
            return false;
        }
    }

    private static String require(String variable, String value) {
        if (value.isBlank()) {
            throw new ConfigurationException(variable + " is not set; with SOCIALGOV_IDP_JWKS_URL the gateway needs"
                + " the provider's issuer and the audience its tokens must be meant for");
        }
        return value;
    }

    /** Where the provider's keys are; any key type it publishes (RSA for RS256, EC for ES256). */
    private record ProviderKeys(String url) implements JwksSignatureConfiguration {

        @Override
        public String getUrl() {
            return url;
        }

        @Override
        public String getName() {
            return "identity-provider";
        }

        @Override
        public KeyType getKeyType() {
            return null;
        }

        @Override
        @Deprecated
        public Integer getCacheExpiration() {
            return 60;
        }
    }
}
