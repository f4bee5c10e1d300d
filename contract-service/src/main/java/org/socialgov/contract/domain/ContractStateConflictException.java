package org.socialgov.contract.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The contract's current state does not allow what was asked, e.g. revising a withdrawn draft. */
public class ContractStateConflictException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("contract-state-conflict",
        "The contract's state does not allow this", HttpStatus.CONFLICT);

    public ContractStateConflictException(ContractStatus status, String action) {
        this(withArticle(status.name().toLowerCase()) + " contract cannot " + action);
    }

    public ContractStateConflictException(String detail) {
        super(TYPE, detail);
    }

    private static String withArticle(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "An " : "A ") + word;
    }
}
