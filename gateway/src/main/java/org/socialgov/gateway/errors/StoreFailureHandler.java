package org.socialgov.gateway.errors;

import com.mongodb.MongoException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * The client registry's MongoDB could not answer: 503 with {@code Retry-After}, since a database failing over is
 * back within seconds, and logged, since someone may have to look at it.
 */
@Produces
@Singleton
public class StoreFailureHandler implements ExceptionHandler<MongoException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFailureHandler.class);
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final String DETAIL = "The client registry cannot be reached just now; please retry";

    private final ErrorResponseProcessor<?> errorResponseProcessor;

    public StoreFailureHandler(ErrorResponseProcessor<?> errorResponseProcessor) {
        this.errorResponseProcessor = errorResponseProcessor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, MongoException exception) {
        LOG.error("{} {}: the client registry's MongoDB failed", request.getMethod(), request.getPath(), exception);
        return errorResponseProcessor.processResponse(ErrorContext.builder(request)
                .cause(new ProblemException(ProblemType.SERVICE_UNAVAILABLE, DETAIL))
                .errorMessage(DETAIL)
                .build(), HttpResponse.status(ProblemType.SERVICE_UNAVAILABLE.status()))
            .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
}
