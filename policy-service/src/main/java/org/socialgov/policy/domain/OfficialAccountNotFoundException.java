package org.socialgov.policy.domain;

import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** No such official account for the asking company; another company's account is not disclosed. */
public class OfficialAccountNotFoundException extends ProblemException {

    public OfficialAccountNotFoundException(String accountId) {
        super(ProblemType.NOT_FOUND, "No official account '" + accountId + "'");
    }
}
