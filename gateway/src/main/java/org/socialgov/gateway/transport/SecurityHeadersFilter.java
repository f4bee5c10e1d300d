package org.socialgov.gateway.transport;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.socialgov.gateway.routing.RouteTable;

/**
 * Headers that make a browser treat every answer as data, never as a page to frame, sniff or cache: the API serves
 * JSON to programs, and anything a browser might run would be an attack. The API documentation page is the one
 * exception, allowed its own scripts and styles; and the web console's pages, which carry their own strict policy.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {

    static final String DOCS_PATH = "/api/docs";
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final String DOCS_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; "
        + "frame-ancestors 'none'";

    private final RouteTable routes;

    public SecurityHeadersFilter(RouteTable routes) {
        this.routes = routes;
    }

    /** Outside every other filter, so that answers they make themselves (401, 429, 503...) get the headers too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @ResponseFilter
    public void addSecurityHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.headers(headers -> {
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            boolean consolePage = routes.toConsole(request) && headers.contains("Content-Security-Policy");
            if (!consolePage) {
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("Content-Security-Policy",
                    request.getPath().startsWith(DOCS_PATH) ? DOCS_POLICY : API_POLICY);
            }
            if (!headers.contains(HttpHeaders.CACHE_CONTROL)
                && request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
                // One caller's data must not be kept by a shared cache for the next.
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        });
    }
}
