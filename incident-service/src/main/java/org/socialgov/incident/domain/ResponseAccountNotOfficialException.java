package org.socialgov.incident.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** An official response names an account that is not one of the company's registered official accounts. */
public class ResponseAccountNotOfficialException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("incident-response-account-not-official",
        "An official response goes through a registered official account", HttpStatus.UNPROCESSABLE_ENTITY);

    public ResponseAccountNotOfficialException(String detail) {
        super(TYPE, detail);
    }
}
