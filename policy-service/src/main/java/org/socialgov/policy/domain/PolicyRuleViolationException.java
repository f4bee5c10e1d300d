package org.socialgov.policy.domain;

import java.util.List;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemError;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * A policy rule refuses the request as it stands, e.g. publishing without a disclaimer rule; the reasons say why,
 * each with its code when there can be several.
 */
public class PolicyRuleViolationException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("policy-rule-violated",
        "The policy's rules do not allow this", HttpStatus.UNPROCESSABLE_ENTITY);

    public PolicyRuleViolationException(List<ProblemError> reasons) {
        super(TYPE, reasons);
    }

    public PolicyRuleViolationException(String reason) {
        super(TYPE, reason);
    }
}
