package org.socialgov.policy.domain;

import java.util.List;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** A policy rule refuses the request as it stands, e.g. publishing without a disclaimer rule; the reasons say why. */
public class PolicyRuleViolationException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("policy-rule-violated",
        "The policy's rules do not allow this", HttpStatus.UNPROCESSABLE_ENTITY);

    public PolicyRuleViolationException(List<String> reasons) {
        super(TYPE, String.join("; ", reasons));
    }

    public PolicyRuleViolationException(String reason) {
        this(List.of(reason));
    }
}
