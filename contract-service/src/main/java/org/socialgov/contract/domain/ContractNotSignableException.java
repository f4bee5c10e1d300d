package org.socialgov.contract.domain;

import java.util.List;

import io.micronaut.http.HttpStatus;
import org.socialgov.contract.api.ReviewFinding;
import org.socialgov.problem.ProblemError;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * The draft's review has blocking findings, or warnings the signing party did not accept in writing; each is listed
 * in the problem's {@code errors} with its finding code.
 */
public class ContractNotSignableException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("contract-not-signable",
        "The contract cannot be signed as it stands", HttpStatus.UNPROCESSABLE_ENTITY);

    public ContractNotSignableException(String reason, List<ReviewFinding> findings) {
        super(TYPE, reason + ": " + String.join(", ", findings.stream().map(ReviewFinding::code).toList()),
            findings.stream().map(finding -> ProblemError.reason(finding.code(), finding.message())).toList());
    }
}
