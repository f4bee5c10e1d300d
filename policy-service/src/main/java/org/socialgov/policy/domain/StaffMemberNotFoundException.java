package org.socialgov.policy.domain;

import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** Nobody of that id is on the asking company's roster; another company's staff is not disclosed. */
public class StaffMemberNotFoundException extends ProblemException {

    public StaffMemberNotFoundException(String personId) {
        super(ProblemType.NOT_FOUND, "Nobody '" + personId + "' is on the staff roster");
    }
}
