package org.socialgov.contract.domain;

import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The contract does not exist for the asking client company; another company's contract is not disclosed. */
public class ContractNotFoundException extends ProblemException {

    public ContractNotFoundException(String contractId) {
        super(ProblemType.NOT_FOUND, "No contract '" + contractId + "'");
    }
}
