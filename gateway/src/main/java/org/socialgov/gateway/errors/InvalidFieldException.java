package org.socialgov.gateway.errors;

import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * One field of a request is not acceptable for a reason bean validation cannot see (it depends on another field).
 * Answered as 400 naming the field, the same shape as a constraint violation.
 */
public class InvalidFieldException extends ProblemException {

    private final String field;
    private final String reason;

    public InvalidFieldException(String field, String reason) {
        super(ProblemType.INVALID_REQUEST, "Field '" + field + "' " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
