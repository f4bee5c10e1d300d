package org.socialgov.gateway.oauth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.socialgov.problem.Problem;

/**
 * Answers a refused token request with the suite's problem+json plus {@code error} and {@code error_description}.
 * A client that failed to authenticate is told how to ({@code WWW-Authenticate: Basic}, RFC 6749 5.2).
 */
@Produces
@Singleton
public class OAuthErrorHandler implements ExceptionHandler<OAuthException, HttpResponse<?>> {

    static final String CHALLENGE = "Basic realm=\"socialgov\", charset=\"UTF-8\"";

    private final ErrorResponseProcessor<?> errorResponseProcessor;

    public OAuthErrorHandler(ErrorResponseProcessor<?> errorResponseProcessor) {
        this.errorResponseProcessor = errorResponseProcessor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, OAuthException refusal) {
        MutableHttpResponse<?> response = errorResponseProcessor.processResponse(ErrorContext.builder(request)
            .cause(refusal)
            .errorMessage(refusal.getMessage())
            .build(), HttpResponse.status(refusal.problemType().status()));
        response.getBody(Problem.class).ifPresent(problem -> response.body(OAuthProblem.of(problem, refusal)));
        response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (refusal.error() == OAuthError.INVALID_CLIENT) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return response;
    }
}
