package org.socialgov.platform.web;

import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** Two versions asked for as a range, in the query parameters {@code from} and {@code to}: the earlier comes first. */
public final class VersionRange {

    private VersionRange() {
    }

    /** Refuses a range that runs backwards, rather than answering it with the sides swapped. */
    public static void requireInOrder(long from, long to) {
        if (from > to) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "from (" + from + ") must not be after to (" + to
                + ")");
        }
    }
}
