package org.socialgov.gateway.oauth;

import org.socialgov.problem.ProblemException;

/** A refusal of the token endpoint; its message is both the problem's {@code detail} and {@code error_description}. */
public class OAuthException extends ProblemException {

    private final transient OAuthError error;

    public OAuthException(OAuthError error, String description) {
        super(error.problemType(), description);
        this.error = error;
    }

    public OAuthError error() {
        return error;
    }
}
