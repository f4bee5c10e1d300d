package org.socialgov.gateway.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.socialgov.gateway.routing.RouteTable;
import reactor.core.publisher.Mono;

/**
 * Who may use a route: anyone on a public route, any authenticated caller on the others. The gateway checks only
 * authentication; whether a role may perform an operation is the service's business, since only it knows its
 * operations. Taken from the route table, so adding a route is configuration only.
 */
@Singleton
public class RouteAccessRule implements SecurityRule<HttpRequest<?>> {

    private final RouteTable routes;

    public RouteAccessRule(RouteTable routes) {
        this.routes = routes;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        return Mono.just(routes.find(request)
            .map(route -> route.anonymous() || authentication != null
                ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED)
            .orElse(SecurityRuleResult.UNKNOWN));
    }
}
