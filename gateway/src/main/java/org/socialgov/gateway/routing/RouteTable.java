package org.socialgov.gateway.routing;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * All configured routes; the longest matching prefix wins, so a narrower route can sit inside a broader one. With a
 * console configured ({@code socialgov.gateway.console.url}), every path that is neither a route's nor the
 * gateway's own ({@value #OWN_PATHS_DESCRIPTION}) goes to the console, so that the browser sees one site.
 */
@Singleton
public class RouteTable {

    static final String OWN_PATHS_DESCRIPTION = "/api/**, /dev/**, /health/**, /prometheus";
    /** The gateway's own paths: its API (and the documentation under it), development tokens and management. */
    private static final List<String> OWN_PREFIXES = List.of("/api", "/dev", "/health", "/prometheus");

    private final List<Route> routes;
    private final Optional<Route> console;

    @Inject
    public RouteTable(List<RouteProperties> configured, @Value("${socialgov.gateway.console.url:}") String consoleUrl) {
        this.routes = configured.stream()
            .map(RouteProperties::toRoute)
            .sorted(Comparator.comparingInt((Route route) -> route.prefix().length()).reversed()
                .thenComparing(Route::name))
            .toList();
        this.console = consoleUrl == null || consoleUrl.isBlank() ? Optional.empty()
            : Optional.of(Route.console(URI.create(consoleUrl.strip())));
    }

    RouteTable(List<RouteProperties> configured) {
        this(configured, "");
    }

    public List<Route> routes() {
        return routes;
    }

    public Optional<Route> console() {
        return console;
    }

    /**
     * The route that owns this request, if any. Unsafe paths belong to none (and so answer 404), and so does a request
     * without a Host header: every HTTP/1.1 request names its host (RFC 9112, section 3.2), and it is the form in
     * which Micronaut stands "/" in for a request it could not read (an undecodable escape in its target, say) while
     * it answers the error, which would otherwise reach the console's start page.
     */
    public Optional<Route> find(HttpRequest<?> request) {
        if (!request.getHeaders().contains(HttpHeaders.HOST)) {
            return Optional.empty();
        }
        return find(request.getUri().getRawPath());
    }

    /** Whether the console answers this request (and so sets its own page headers). */
    public boolean toConsole(HttpRequest<?> request) {
        return console.isPresent() && find(request).filter(route -> route == console.get()).isPresent();
    }

    Optional<Route> find(String rawPath) {
        if (rawPath == null || !PathSafety.isSafe(rawPath)) {
            return Optional.empty();
        }
        Optional<Route> owner = routes.stream().filter(route -> route.owns(rawPath)).findFirst();
        if (owner.isPresent() || gatewayOwn(rawPath)) {
            return owner;
        }
        return console;
    }

    private static boolean gatewayOwn(String rawPath) {
        return OWN_PREFIXES.stream().anyMatch(prefix -> rawPath.startsWith(prefix)
            && (rawPath.length() == prefix.length() || "/?".indexOf(rawPath.charAt(prefix.length())) >= 0));
    }
}
