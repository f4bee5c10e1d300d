package org.socialgov.incident.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** An official response on an account links to something that is not a post of that account. */
public class ResponseLinkNotOfAccountException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("incident-response-link-not-of-account",
        "An official response links to a post of the account it names", HttpStatus.UNPROCESSABLE_ENTITY);

    public ResponseLinkNotOfAccountException(String detail) {
        super(TYPE, detail);
    }
}
