package org.socialgov.contract.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The subcontracting clause does not allow this subcontractor, or not yet. */
public class SubcontractingRefusedException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("subcontracting-refused",
        "The contract does not allow this subcontracting", HttpStatus.CONFLICT);

    public SubcontractingRefusedException(String detail) {
        super(TYPE, detail);
    }
}
