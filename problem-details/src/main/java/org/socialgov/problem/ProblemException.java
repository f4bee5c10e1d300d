package org.socialgov.problem;

import java.util.List;

/**
 * A refusal that knows its problem type. Domain exceptions extend it so that the web layer answers with the right
 * status and type URI without a mapping table per service. A refusal for several reasons carries each, with its
 * code, as the problem's {@code errors}; its detail still says them all in prose.
 */
public class ProblemException extends RuntimeException {

    private final transient ProblemType problemType;
    private final transient List<ProblemError> reasons;

    public ProblemException(ProblemType problemType, String detail) {
        this(problemType, detail, List.of());
    }

    /** Refused for these reasons, each a {@link ProblemError#reason}; the detail joins their messages. */
    public ProblemException(ProblemType problemType, List<ProblemError> reasons) {
        this(problemType, String.join("; ", reasons.stream().map(ProblemError::message).toList()), reasons);
    }

    /** Refused for these reasons, each a {@link ProblemError#reason}, summed up by the detail given. */
    public ProblemException(ProblemType problemType, String detail, List<ProblemError> reasons) {
        super(detail);
        this.problemType = problemType;
        this.reasons = List.copyOf(reasons);
    }

    public ProblemType problemType() {
        return problemType;
    }

    /** The reasons the request was refused for, each with its code; empty when the detail says it all. */
    public List<ProblemError> reasons() {
        return reasons == null ? List.of() : reasons;
    }
}
