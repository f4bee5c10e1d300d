package org.socialgov.policy.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The handle is already an official account of the company for (part of) the time asked for. */
public class OfficialAccountAlreadyRegisteredException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("official-account-already-registered",
        "The handle is already an official account", HttpStatus.CONFLICT);

    public OfficialAccountAlreadyRegisteredException(String detail) {
        super(TYPE, detail);
    }
}
