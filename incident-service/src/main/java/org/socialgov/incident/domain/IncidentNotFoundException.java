package org.socialgov.incident.domain;

import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * No such incident for the caller: it does not exist, belongs to another tenant, or is not the caller's to know of.
 * The three answer alike, so that nobody learns of an incident they may not see.
 */
public class IncidentNotFoundException extends ProblemException {

    public IncidentNotFoundException(String incidentId) {
        super(ProblemType.NOT_FOUND, "No incident '" + incidentId + "'");
    }
}
