package org.socialgov.gateway.routing;

import java.time.Duration;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.gateway.errors.ProblemAnswers;
import org.socialgov.problem.ProblemJsonErrorResponseBodyProvider;
import org.socialgov.problem.ProblemType;

/**
 * What the caller hears when a service cannot answer: 504 when it did not answer in time, 503 when it could not be
 * reached at all. Both are logged, since someone has to look at the service.
 */
@Singleton
class UpstreamFailures {

    private static final Logger LOG = LoggerFactory.getLogger(UpstreamFailures.class);

    private final ProblemAnswers problems;
    private final Duration readTimeout;

    UpstreamFailures(ProblemAnswers problems,
                     @Value("${socialgov.gateway.read-timeout:30s}") Duration readTimeout) {
        this.problems = problems;
        this.readTimeout = readTimeout;
    }

    MutableHttpResponse<?> answer(HttpRequest<?> request, Route route, HttpClientException failure) {
        boolean timedOut = failure instanceof ReadTimeoutException;
        ProblemType type = timedOut ? ProblemType.GATEWAY_TIMEOUT : ProblemType.SERVICE_UNAVAILABLE;
        String detail = timedOut
            ? "The " + route.name() + " service did not answer within " + readTimeout.toSeconds() + " s"
            : "The " + route.name() + " service cannot be reached; please retry later";
        LOG.warn("{} {}: route '{}' to {} failed ({}); answered {} (request {})", request.getMethod(),
            request.getPath(), route.name(), route.serviceBase(), failure.getMessage(), type.status().getCode(),
            request.getHeaders().get(ProblemJsonErrorResponseBodyProvider.REQUEST_ID_HEADER));
        return problems.answer(request, type, detail);
    }
}
