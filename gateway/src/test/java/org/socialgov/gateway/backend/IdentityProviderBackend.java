package org.socialgov.gateway.backend;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.socialgov.gateway.TestIdentityProvider;

/** A stand-in for an identity provider's key publication, served by the gateway's own test server. */
@Controller("/idp")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = "gateway-test.idp", value = "true")
class IdentityProviderBackend {

    @Get("/jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    String jwks() {
        return TestIdentityProvider.publicJwks();
    }
}
