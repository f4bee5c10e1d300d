package org.socialgov.incident.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** A rule of incident handling refuses the request as it stands, e.g. a post seen before it was posted. */
public class IncidentRuleViolationException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("incident-rule-violated",
        "The rules of incident handling do not allow this", HttpStatus.UNPROCESSABLE_ENTITY);

    public IncidentRuleViolationException(String detail) {
        super(TYPE, detail);
    }
}
