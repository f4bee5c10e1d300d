package org.socialgov.contract.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** A contract cannot end before it starts. */
public class ContractTermInvalidException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("contract-term-invalid",
        "The contract term is not valid", HttpStatus.UNPROCESSABLE_ENTITY);

    public ContractTermInvalidException(String detail) {
        super(TYPE, detail);
    }
}
