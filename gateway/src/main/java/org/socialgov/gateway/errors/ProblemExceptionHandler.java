package org.socialgov.gateway.errors;

import java.util.List;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.socialgov.problem.InvalidField;
import org.socialgov.problem.ProblemException;

/**
 * Refusals of the gateway's own endpoints (client registry, token endpoint) as problem+json with their own type.
 * The services get this from the event-sourcing platform, which the gateway does not depend on.
 */
@Produces
@Singleton
public class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errorResponseProcessor;

    public ProblemExceptionHandler(ErrorResponseProcessor<?> errorResponseProcessor) {
        this.errorResponseProcessor = errorResponseProcessor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
        ErrorContext.Builder context = ErrorContext.builder(request).cause(exception);
        if (exception instanceof InvalidFieldException invalid) {
            context.errors(List.of(new InvalidField(invalid.field(), invalid.reason())));
        } else {
            context.errorMessage(exception.getMessage());
        }
        return errorResponseProcessor.processResponse(context.build(),
            HttpResponse.status(exception.problemType().status()));
    }
}
