package org.socialgov.policy.domain;

import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The policy, or the version asked for, does not exist for the asking tenant; another tenant's is not disclosed. */
public class PolicyNotFoundException extends ProblemException {

    public PolicyNotFoundException(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }
}
