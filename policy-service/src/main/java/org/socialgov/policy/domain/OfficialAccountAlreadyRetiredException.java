package org.socialgov.policy.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The account's present registration has already been given a retirement date; it cannot be retired twice. */
public class OfficialAccountAlreadyRetiredException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("official-account-already-retired",
        "The official account is already retired", HttpStatus.CONFLICT);

    public OfficialAccountAlreadyRetiredException(String detail) {
        super(TYPE, detail);
    }
}
