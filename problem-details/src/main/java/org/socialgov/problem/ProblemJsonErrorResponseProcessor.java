package org.socialgov.problem;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/**
 * Every error body is problem+json, whatever the request accepts. Micronaut's own processor (which this one
 * replaces: it stands back when another exists) answers a request that accepts {@code text/html} with an HTML page,
 * which no API client can read and which the specs do not declare.
 */
@Singleton
public class ProblemJsonErrorResponseProcessor implements ErrorResponseProcessor<Object> {

    private final JsonErrorResponseBodyProvider<?> problems;

    public ProblemJsonErrorResponseProcessor(JsonErrorResponseBodyProvider<?> problems) {
        this.problems = problems;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext errorContext, MutableHttpResponse<?> response) {
        MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
        if (errorContext.getRequest().getMethod() == HttpMethod.HEAD) {
            return answer;
        }
        return answer.body(problems.body(errorContext, response)).contentType(problems.contentType());
    }
}
