package org.socialgov.gateway.identity;

import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.gateway.errors.ProblemAnswers;
import org.socialgov.problem.ProblemType;

/**
 * Refuses a bearer token that breaks the TokenRules with 401, saying why in the problem's detail, in
 * {@code WWW-Authenticate} and in the log, on every route. Just before authentication: what micronaut-security
 * refuses it refuses without a reason, and a token signed with an algorithm an identity provider may not use never
 * gets as far as its claims. A token verified before (VerifiedTokens) passed these rules then, and passes them still:
 * they refuse a token only for being dated too far ahead or living too long, and neither becomes true later.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class TokenRulesFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(TokenRulesFilter.class);
    private static final String BEARER = "Bearer ";

    private final TokenRules rules;
    private final VerifiedTokens verified;
    private final ProblemAnswers problems;

    public TokenRulesFilter(TokenRules rules, VerifiedTokens verified, ProblemAnswers problems) {
        this.rules = rules;
        this.verified = verified;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    public MutableHttpResponse<?> check(HttpRequest<?> request) {
        Optional<String> refusal = request.getHeaders().getAuthorization()
            .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
            .map(value -> value.substring(BEARER.length()).strip())
            .filter(token -> verified.known(token).isEmpty())
            .flatMap(rules::refusal);
        if (refusal.isEmpty()) {
            return null;
        }
        LOG.warn("{} {}: bearer token refused: {}", request.getMethod(), request.getPath(), refusal.get());
        return problems.answer(request, ProblemType.UNAUTHENTICATED, refusal.get())
            .header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.invalidToken(refusal.get()));
    }
}
