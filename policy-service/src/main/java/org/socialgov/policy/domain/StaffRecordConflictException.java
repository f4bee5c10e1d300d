package org.socialgov.policy.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The person's record as it stands does not allow what was asked, e.g. leaving when they already left. */
public class StaffRecordConflictException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("staff-record-conflict",
        "The person's staff record does not allow this", HttpStatus.CONFLICT);

    public StaffRecordConflictException(String detail) {
        super(TYPE, detail);
    }
}
