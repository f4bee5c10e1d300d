package org.socialgov.incident.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.incident.api.IncidentStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The step asked for is out of order for the incident's state, e.g. closing an incident that is not resolved. */
public class IncidentStateConflictException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("incident-state-conflict",
        "The incident's state does not allow this", HttpStatus.CONFLICT);

    public IncidentStateConflictException(String step, IncidentStatus status, String allowedFrom) {
        super(TYPE, "The incident is " + status + "; it can be " + step + " only when " + allowedFrom);
    }

    public IncidentStateConflictException(String detail) {
        super(TYPE, detail);
    }
}
