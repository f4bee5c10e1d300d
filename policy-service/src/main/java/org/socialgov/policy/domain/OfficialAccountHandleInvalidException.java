package org.socialgov.policy.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** What was given as a handle names no profile on the platform, in any form we recognise. */
public class OfficialAccountHandleInvalidException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("official-account-handle-invalid",
        "The handle is not a handle on this platform", HttpStatus.UNPROCESSABLE_ENTITY);

    public OfficialAccountHandleInvalidException(String detail) {
        super(TYPE, detail);
    }
}
