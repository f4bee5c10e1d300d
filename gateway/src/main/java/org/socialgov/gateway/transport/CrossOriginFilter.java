package org.socialgov.gateway.transport;

import java.util.List;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.socialgov.gateway.errors.ProblemAnswers;
import org.socialgov.problem.ProblemType;

/**
 * Cross-origin calls from browsers, closed unless origins are configured ({@code socialgov.gateway.cors
 * .allowed-origins}). Micronaut's own CORS support answers only for routes its router knows, and the gateway's
 * routes live in a filter, so the gateway answers preflights itself: from a listed origin with the methods and
 * headers the API uses; from any other with 403. No credentials (cookies) are ever allowed: the API takes bearer
 * tokens only.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CrossOriginFilter implements Ordered {

    private static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, "
        + "Idempotency-Key, X-Change-Reason, X-Request-Id";
    private static final String EXPOSED_HEADERS = "ETag, Location, Retry-After, X-Request-Id";
    private static final String PREFLIGHT_CACHE_SECONDS = "600";

    private final List<String> allowedOrigins;
    private final ProblemAnswers problems;

    public CrossOriginFilter(@Value("${socialgov.gateway.cors.allowed-origins:}") List<String> allowedOrigins,
                             ProblemAnswers problems) {
        this.allowedOrigins = allowedOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty())
            .toList();
        this.problems = problems;
    }

    /** Before authentication: a preflight carries no token. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after() + 10;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> answerPreflight(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null || request.getMethod() != HttpMethod.OPTIONS
            || !request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD)) {
            return null;
        }
        if (!allowedOrigins.contains(origin)) {
            String detail = "Calls from web pages on " + origin + " are not allowed";
            return problems.answer(request, ProblemType.FORBIDDEN, detail);
        }
        return HttpResponse.ok()
            .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
            .header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
            .header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
            .header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_CACHE_SECONDS)
            .header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    }

    @ResponseFilter
    public void allowListedOrigin(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin != null && allowedOrigins.contains(origin)
            && !response.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)) {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                .header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS)
                .header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        }
    }
}
