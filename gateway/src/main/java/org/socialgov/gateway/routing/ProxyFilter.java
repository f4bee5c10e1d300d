package org.socialgov.gateway.routing;

import java.util.List;
import java.util.Optional;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.gateway.identity.IdentityForwarding;
import org.socialgov.problem.ProblemJsonErrorResponseBodyProvider;
import reactor.core.publisher.Mono;

/**
 * Sends each request that a route owns to its service and streams the answer back. It runs after security, so it
 * only sees requests the route's access rule let through, and it never buffers a body in either direction.
 * Requests no route owns pass on to the gateway's own endpoints (or a 404).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ProxyFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyFilter.class);

    /**
     * Headers about the caller's connection to the gateway, not the gateway's to the service. {@code Expect} above
     * all: the gateway has already told the caller to continue, and a service that never answers
     * {@code 100 Continue} would otherwise leave the request hanging until the read timeout.
     */
    private static final List<String> HOP_BY_HOP = List.of(HttpHeaders.EXPECT, HttpHeaders.CONNECTION, "Keep-Alive",
        HttpHeaders.PROXY_AUTHORIZATION, HttpHeaders.TE, HttpHeaders.UPGRADE);

    private static final String FORWARDED_PREFIX = ProblemJsonErrorResponseBodyProvider.FORWARDED_PREFIX_HEADER;
    private static final String FORWARDED_HOST = "X-Forwarded-Host";
    private static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    private final RouteTable routes;
    private final ProxyHttpClient client;
    private final IdentityForwarding identityForwarding;
    private final UpstreamFailures failures;

    public ProxyFilter(RouteTable routes, ProxyHttpClient client, IdentityForwarding identityForwarding,
                       UpstreamFailures failures) {
        this.routes = routes;
        this.client = client;
        this.identityForwarding = identityForwarding;
        this.failures = failures;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    public Publisher<MutableHttpResponse<?>> proxy(HttpRequest<?> request,
                                                   FilterContinuation<Publisher<MutableHttpResponse<?>>> next) {
        Optional<Route> owner = routes.find(request);
        if (owner.isEmpty()) {
            return next.proceed();
        }
        Route route = owner.get();
        MutableHttpRequest<?> outgoing = request.mutate()
            .uri(route.target(request.getUri().getRawPath(), request.getUri().getRawQuery()))
            .headers(headers -> {
                HOP_BY_HOP.forEach(headers::remove);
                headers.remove(FORWARDED_PREFIX);
                if (!route.forwardedPrefix().isEmpty()) {
                    headers.set(FORWARDED_PREFIX, route.forwardedPrefix());
                }
                identityForwarding.apply(route, request, headers);
                if (route.name().equals(Route.CONSOLE)) {
                    forwardOrigin(request, headers);
                }
            });
        long started = System.nanoTime();
        return Mono.from(client.proxy(outgoing))
            .<MutableHttpResponse<?>>map(response -> rewriteLocation(route, response))
            .doOnNext(response -> logAnswer(request, outgoing, response, started))
            .onErrorResume(HttpClientException.class,
                failure -> Mono.just(failures.answer(request, route, failure)));
    }

    /**
     * The console builds absolute addresses (the sign-in callback an identity provider returns to) and decides on
     * Secure cookies from the address the browser used; the proxy replaces the Host, so it is passed on here, unless
     * a proxy in front of the gateway already said where the request came in.
     */
    private static void forwardOrigin(HttpRequest<?> request, MutableHttpHeaders headers) {
        if (!headers.contains(FORWARDED_HOST)) {
            String host = request.getHeaders().get(HttpHeaders.HOST);
            if (host != null) {
                headers.set(FORWARDED_HOST, host);
            }
        }
        if (!headers.contains(FORWARDED_PROTO)) {
            headers.set(FORWARDED_PROTO, request.isSecure() ? "https" : "http");
        }
    }

    private static MutableHttpResponse<?> rewriteLocation(Route route, MutableHttpResponse<?> response) {
        String location = response.getHeaders().get(HttpHeaders.LOCATION);
        if (location != null) {
            String rewritten = route.toGatewayLocation(location);
            response.headers(headers -> headers.set(HttpHeaders.LOCATION, rewritten));
        }
        return response;
    }

    private static void logAnswer(HttpRequest<?> request, HttpRequest<?> outgoing, MutableHttpResponse<?> response,
                                  long started) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {} answered {} in {} ms (request {})", request.getMethod(), request.getPath(),
                outgoing.getUri(), response.code(), (System.nanoTime() - started) / 1_000_000,
                request.getHeaders().get(ProblemJsonErrorResponseBodyProvider.REQUEST_ID_HEADER));
        }
    }
}
