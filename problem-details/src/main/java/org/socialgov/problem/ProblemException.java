package org.socialgov.problem;

/**
 * A refusal that knows its problem type. Domain exceptions extend it so that the web layer answers with the right
 * status and type URI without a mapping table per service.
 */
public class ProblemException extends RuntimeException {

    private final transient ProblemType problemType;

    public ProblemException(ProblemType problemType, String detail) {
        super(detail);
        this.problemType = problemType;
    }

    public ProblemType problemType() {
        return problemType;
    }
}
