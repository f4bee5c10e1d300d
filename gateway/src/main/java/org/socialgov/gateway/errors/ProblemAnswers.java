package org.socialgov.gateway.errors;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * The answers the gateway makes itself (its filters and handlers, not a service's): problem+json of a type, with
 * the detail the caller reads. Every 503 says when to try again, as the services' do: what is unavailable at the
 * gateway (a service, the client registry) is expected back within seconds.
 */
@Singleton
public class ProblemAnswers {

    static final String RETRY_AFTER_SECONDS = "5";

    private final ErrorResponseProcessor<?> errorResponseProcessor;

    public ProblemAnswers(ErrorResponseProcessor<?> errorResponseProcessor) {
        this.errorResponseProcessor = errorResponseProcessor;
    }

    public MutableHttpResponse<?> answer(HttpRequest<?> request, ProblemType type, String detail) {
        MutableHttpResponse<?> answer = errorResponseProcessor.processResponse(ErrorContext.builder(request)
            .cause(new ProblemException(type, detail))
            .errorMessage(detail)
            .build(), HttpResponse.status(type.status()));
        return type.status() == HttpStatus.SERVICE_UNAVAILABLE
            ? answer.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS) : answer;
    }
}
