package org.socialgov.gateway.limits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.gateway.errors.ProblemAnswers;
import org.socialgov.gateway.identity.InternalTokenIssuer;
import org.socialgov.problem.ProblemType;
import reactor.core.publisher.Mono;

/**
 * Each client gets its own token bucket (OWASP API4): an authenticated client by tenant and identity, an anonymous
 * one by its address. Over the limit, the answer is 429 with {@code Retry-After}, and the request goes nowhere.
 * Runs after authentication (to know the client) and before the request is sent on.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RateLimitFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final Duration FORGET_AFTER = Duration.ofMinutes(10);
    /** Everything the gateway serves to clients: the routes and its own endpoints (tokens, documentation). */
    private static final String API_PATHS = "/api/";

    private final RateLimitSettings settings;
    private final ProblemAnswers problems;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimitFilter(RateLimitSettings settings, ProblemAnswers problems) {
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        // Between the security filter and the proxy (ServerFilterPhase.SECURITY.after()).
        return ServerFilterPhase.SECURITY.after() - 100;
    }

    @RequestFilter
    public Publisher<MutableHttpResponse<?>> limit(HttpRequest<?> request,
                                                   FilterContinuation<Publisher<MutableHttpResponse<?>>> next) {
        if (!settings.isEnabled() || !request.getPath().startsWith(API_PATHS)) {
            return next.proceed();
        }
        long now = System.nanoTime();
        String client = clientOf(request);
        long waitNanos = buckets.computeIfAbsent(client,
            key -> new TokenBucket(settings.getBurst(), settings.getPerSecond(), now)).take(now);
        if (waitNanos == 0) {
            return next.proceed();
        }
        long retryAfter = Math.max(1, (long) Math.ceil(waitNanos / 1_000_000_000d));
        LOG.warn("Client {} is over its limit of {} requests/s (burst {}); {} {} refused for {} s", client,
            settings.getPerSecond(), settings.getBurst(), request.getMethod(), request.getPath(), retryAfter);
        String detail = "Too many requests from this client: the limit is " + settings.getPerSecond()
            + " requests per second with bursts of " + settings.getBurst() + "; retry after " + retryAfter + " s";
        return Mono.just(problems.answer(request, ProblemType.TOO_MANY_REQUESTS, detail)
            .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter)));
    }

    /** Buckets of clients gone quiet are dropped, so the map stays as small as the set of active clients. */
    @Scheduled(fixedDelay = "1m")
    void forgetIdleClients() {
        long before = System.nanoTime() - FORGET_AFTER.toNanos();
        buckets.values().removeIf(bucket -> bucket.idleSince(before));
    }

    private static String clientOf(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
            .map(caller -> "client " + caller.getAttributes().get(InternalTokenIssuer.TENANT_CLAIM) + "/"
                + caller.getName())
            .orElseGet(() -> "address " + request.getRemoteAddress().getAddress().getHostAddress());
    }
}
