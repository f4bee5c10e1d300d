package org.socialgov.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/** All configured routes; the longest matching prefix wins, so a narrower route can sit inside a broader one. */
@Singleton
public class RouteTable {

    private final List<Route> routes;

    public RouteTable(List<RouteProperties> configured) {
        this.routes = configured.stream()
            .map(RouteProperties::toRoute)
            .sorted(Comparator.comparingInt((Route route) -> route.prefix().length()).reversed()
                .thenComparing(Route::name))
            .toList();
    }

    public List<Route> routes() {
        return routes;
    }

    /** The route that owns this request, if any; unsafe paths belong to none (and so answer 404). */
    public Optional<Route> find(HttpRequest<?> request) {
        return find(request.getUri().getRawPath());
    }

    Optional<Route> find(String rawPath) {
        if (rawPath == null || !PathSafety.isSafe(rawPath)) {
            return Optional.empty();
        }
        return routes.stream().filter(route -> route.owns(rawPath)).findFirst();
    }
}
