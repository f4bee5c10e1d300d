package org.socialgov.incident.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** Someone outside the managing department tried to record the company's response (see {@link ResponseAuthority}). */
public class ResponseReservedException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("incident-response-reserved",
        "Only the managing department decides the company's response", HttpStatus.FORBIDDEN);

    public ResponseReservedException(String detail) {
        super(TYPE, detail);
    }
}
