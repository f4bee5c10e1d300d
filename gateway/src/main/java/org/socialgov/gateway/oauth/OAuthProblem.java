package org.socialgov.gateway.oauth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import org.socialgov.problem.Problem;

/** A problem (RFC 9457) that is also an OAuth error response (RFC 6749, 5.2): RFC 9457 allows extension members. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OAuthProblem(String type, String title, int status, String detail, String instance, String requestId,
                           String error, @JsonProperty("error_description") String errorDescription) {

    static OAuthProblem of(Problem problem, OAuthException refusal) {
        return new OAuthProblem(problem.type(), problem.title(), problem.status(), problem.detail(),
            problem.instance(), problem.requestId(), refusal.error().code(), refusal.getMessage());
    }
}
