package org.socialgov.contract.domain;

import java.util.List;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The draft's review has blocking findings, or warnings the signing party did not accept in writing. */
public class ContractNotSignableException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("contract-not-signable",
        "The contract cannot be signed as it stands", HttpStatus.UNPROCESSABLE_ENTITY);

    public ContractNotSignableException(String reason, List<String> codes) {
        super(TYPE, reason + ": " + String.join(", ", codes));
    }
}
