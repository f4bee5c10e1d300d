package org.socialgov.console.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * A strict Content-Security-Policy on every answer: scripts and styles only from the console's own files (no
 * inline script or style, no eval), no plugins, no framing, forms only to the console. Pages are never cached:
 * they show one person's data.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ContentSecurityPolicyFilter implements Ordered {

    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.headers(headers -> {
            headers.set("Content-Security-Policy", POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "same-origin");
            if (!headers.contains(HttpHeaders.CACHE_CONTROL) && !isAsset(request.getPath())) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        });
    }

    static boolean isAsset(String path) {
        return path.startsWith("/assets/") || path.startsWith("/webjars/");
    }
}
