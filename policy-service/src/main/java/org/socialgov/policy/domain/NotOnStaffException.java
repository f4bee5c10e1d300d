package org.socialgov.policy.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The caller is not, or no longer, on the company's staff, whom the policy binds: see {@link BoundStaff}. */
public class NotOnStaffException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("not-on-staff",
        "The policy binds the people on the company's staff roster", HttpStatus.FORBIDDEN);

    public NotOnStaffException(String detail) {
        super(TYPE, detail);
    }
}
