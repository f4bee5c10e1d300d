package org.socialgov.contract.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The contract gives no right to end it on the ground invoked. */
public class TerminationNotAllowedException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("termination-not-allowed",
        "The contract does not allow ending it this way", HttpStatus.UNPROCESSABLE_ENTITY);

    public TerminationNotAllowedException(String detail) {
        super(TYPE, detail);
    }
}
