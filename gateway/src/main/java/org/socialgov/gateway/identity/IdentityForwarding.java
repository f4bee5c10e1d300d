package org.socialgov.gateway.identity;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.socialgov.gateway.routing.Route;

/**
 * The caller's token never reaches a service: it is replaced by the gateway's internal token, or, on a public
 * route, dropped. So a service sees only identities the gateway checked.
 */
@Singleton
public class IdentityForwarding {

    private final InternalTokenIssuer issuer;

    public IdentityForwarding(InternalTokenIssuer issuer) {
        this.issuer = issuer;
    }

    public void apply(Route route, HttpRequest<?> incoming, MutableHttpHeaders outgoing) {
        outgoing.remove(HttpHeaders.AUTHORIZATION);
        if (route.anonymous()) {
            return;
        }
        incoming.getUserPrincipal(Authentication.class).ifPresent(caller ->
            outgoing.set(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.issue(caller)));
    }
}
