package org.socialgov.gateway.oauth;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemType;

/**
 * The token endpoint's refusals (RFC 6749, 5.2), each with the problem type its problem+json answer carries. OAuth
 * client libraries read {@code error}; everything else in the suite reads {@code type}: the answer has both.
 */
public enum OAuthError {

    INVALID_REQUEST("invalid_request", ProblemType.INVALID_REQUEST),
    INVALID_CLIENT("invalid_client",
        new ProblemType("invalid-client", "The client could not be authenticated", HttpStatus.UNAUTHORIZED)),
    UNSUPPORTED_GRANT_TYPE("unsupported_grant_type",
        new ProblemType("unsupported-grant-type", "This grant type is not supported", HttpStatus.BAD_REQUEST));

    private final String code;
    private final ProblemType problemType;

    OAuthError(String code, ProblemType problemType) {
        this.code = code;
        this.problemType = problemType;
    }

    public String code() {
        return code;
    }

    public ProblemType problemType() {
        return problemType;
    }
}
