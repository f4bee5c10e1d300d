package org.socialgov.policy.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The version's state does not allow what was asked: editing a published version, acknowledging a draft. */
public class PolicyVersionConflictException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("policy-version-conflict",
        "The policy version's state does not allow this", HttpStatus.CONFLICT);

    public PolicyVersionConflictException(String detail) {
        super(TYPE, detail);
    }
}
