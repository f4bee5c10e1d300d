package org.socialgov.gateway.oauth;

import java.util.Optional;

import com.mongodb.MongoException;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.gateway.clients.Actor;
import org.socialgov.gateway.errors.ProblemAnswers;
import org.socialgov.gateway.identity.BearerChallenge;
import org.socialgov.problem.ProblemType;
import reactor.core.publisher.Mono;

/**
 * The security step that refuses a revoked or superseded client's token with 401, on every request: right after
 * authentication, before the rate limiter, the proxy and the gateway's own endpoints. If the registry cannot be
 * read, the token is not accepted either (503 with {@code Retry-After}): a revocation must not be bypassed by a
 * database outage.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ClientTokenFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ClientTokenFilter.class);

    private final ClientTokenValidator validator;
    private final ProblemAnswers problems;

    public ClientTokenFilter(ClientTokenValidator validator, ProblemAnswers problems) {
        this.validator = validator;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order() + 50;
    }

    @RequestFilter
    public Publisher<MutableHttpResponse<?>> check(HttpRequest<?> request,
                                                   FilterContinuation<Publisher<MutableHttpResponse<?>>> next) {
        Authentication caller = request.getUserPrincipal(Authentication.class).orElse(null);
        if (caller == null || !validator.checks(caller)) {
            // A person's token: nothing to look up, so no reactive detour on the way to the service either.
            return next.proceed();
        }
        return validator.refusal(caller)
            .map(refusal -> refusal.<MutableHttpResponse<?>>map(reason -> refuse(request, caller, reason)))
            .onErrorResume(MongoException.class,
                failure -> Mono.just(Optional.<MutableHttpResponse<?>>of(unavailable(request, failure))))
            .flatMap(answer -> answer.<Mono<MutableHttpResponse<?>>>map(Mono::just)
                .orElseGet(() -> Mono.from(next.proceed())));
    }

    private MutableHttpResponse<?> refuse(HttpRequest<?> request, Authentication caller, String reason) {
        LOG.warn("{} {}: token of client {} refused: {}", request.getMethod(), request.getPath(),
            caller.getAttributes().get(Actor.CLIENT_ID_CLAIM), reason);
        return answer(request, ProblemType.UNAUTHENTICATED, reason)
            .header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.invalidToken(reason));
    }

    private MutableHttpResponse<?> unavailable(HttpRequest<?> request, MongoException failure) {
        LOG.error("{} {}: cannot check a client token, the client registry's MongoDB failed", request.getMethod(),
            request.getPath(), failure);
        return answer(request, ProblemType.SERVICE_UNAVAILABLE,
            "The token's client cannot be checked just now; please retry");
    }

    private MutableHttpResponse<?> answer(HttpRequest<?> request, ProblemType type, String detail) {
        return problems.answer(request, type, detail);
    }
}
