package org.socialgov.gateway.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Every service keeps each tenant's data apart by the {@code tenant} claim, so a token without one is no
 * identity at all. A token without an expiry would never stop working, so it is refused too.
 */
@Singleton
public class TenantClaimValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        return claims.get(InternalTokenIssuer.TENANT_CLAIM) instanceof String tenant && !tenant.isBlank()
            && claims.get(Claims.EXPIRATION_TIME) != null;
    }
}
