package org.socialgov.gateway.backend;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** A stand-in for the policy service's public pages (the published policy, the official accounts). */
@Controller("/public")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = "gateway-test.backend", value = "true")
class PublicBackend {

    @Get("/{page}")
    Echo read(HttpRequest<?> request, String page) {
        return Echo.of(request, null);
    }
}
