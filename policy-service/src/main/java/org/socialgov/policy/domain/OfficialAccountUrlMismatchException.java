package org.socialgov.policy.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The address given for an official account does not lead to that account's profile. */
public class OfficialAccountUrlMismatchException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("official-account-url-mismatch",
        "The URL does not lead to the official account", HttpStatus.UNPROCESSABLE_ENTITY);

    public OfficialAccountUrlMismatchException(String detail) {
        super(TYPE, detail);
    }
}
