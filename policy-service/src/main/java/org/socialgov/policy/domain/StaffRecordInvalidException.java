package org.socialgov.policy.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * What was asked is well-formed but would put something on the record that cannot be true: a date out of order or
 * still to come, joining as a former employee, training on a day the person was not on staff.
 */
public class StaffRecordInvalidException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("staff-record-invalid",
        "This cannot be on the person's staff record", HttpStatus.UNPROCESSABLE_ENTITY);

    public StaffRecordInvalidException(String detail) {
        super(TYPE, detail);
    }
}
