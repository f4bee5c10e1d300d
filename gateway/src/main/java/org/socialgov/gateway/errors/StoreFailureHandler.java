package org.socialgov.gateway.errors;

import com.mongodb.MongoException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.problem.ProblemType;

/**
 * The client registry's MongoDB could not answer: 503 with {@code Retry-After}, since a database failing over is
 * back within seconds, and logged, since someone may have to look at it.
 */
@Produces
@Singleton
public class StoreFailureHandler implements ExceptionHandler<MongoException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFailureHandler.class);
    private static final String DETAIL = "The client registry cannot be reached just now; please retry";

    private final ProblemAnswers problems;

    public StoreFailureHandler(ProblemAnswers problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, MongoException exception) {
        LOG.error("{} {}: the client registry's MongoDB failed", request.getMethod(), request.getPath(), exception);
        return problems.answer(request, ProblemType.SERVICE_UNAVAILABLE, DETAIL);
    }
}
