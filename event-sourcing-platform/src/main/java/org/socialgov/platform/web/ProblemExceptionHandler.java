package org.socialgov.platform.web;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.store.StoreFailures;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * Maps refusals from the domain and from Axon to problem+json: named domain exceptions carry their own type, and
 * Axon's own (aggregate not found, stream already exists, concurrent change) get theirs here, in one place.
 */
@Produces
@Singleton
@Requires(classes = {ExceptionHandler.class})
public class ProblemExceptionHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ErrorResponseProcessor<?> errorResponseProcessor;

    public ProblemExceptionHandler(ErrorResponseProcessor<?> errorResponseProcessor) {
        this.errorResponseProcessor = errorResponseProcessor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        ProblemException problem = toProblem(unwrap(exception));
        if (problem.problemType() == ProblemType.INTERNAL_ERROR) {
            LOG.error("Request {} {} failed unexpectedly", request.getMethod(), request.getPath(), exception);
        }
        MutableHttpResponse<?> response = HttpResponse.status(problem.problemType().status());
        if (problem.problemType().status() == HttpStatus.SERVICE_UNAVAILABLE) {
            // Every 503 here is passing: the store or another service's facts are expected back within seconds.
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return errorResponseProcessor.processResponse(ErrorContext.builder(request)
            .cause(problem)
            .errorMessage(problem.getMessage())
            .build(), response);
    }

    private static Throwable unwrap(Throwable exception) {
        Throwable current = exception;
        while ((current instanceof CommandExecutionException || current instanceof QueryExecutionException
            || current instanceof CompletionException || current instanceof ExecutionException)
            && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static ProblemException toProblem(Throwable cause) {
        if (cause instanceof ProblemException problem) {
            return problem;
        }
        if (cause instanceof AggregateNotFoundException) {
            return new ProblemException(ProblemType.NOT_FOUND, "No such resource");
        }
        if (cause instanceof AggregateStreamCreationException) {
            return new ProblemException(ProblemType.ALREADY_EXISTS, "A resource with this identifier already exists");
        }
        if (cause instanceof ConflictingAggregateVersionException) {
            return new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The resource changed since the version in If-Match; read it again and retry");
        }
        if (cause instanceof ConcurrencyException) {
            return new ProblemException(ProblemType.CONCURRENT_MODIFICATION,
                "Someone else changed this resource at the same time; read it again and retry");
        }
        if (StoreFailures.isStoreFailure(cause)) {
            LOG.error("The event store failed", cause);
            return new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "The event store could not be reached; please retry");
        }
        return new ProblemException(ProblemType.INTERNAL_ERROR, "Unexpected error");
    }
}
