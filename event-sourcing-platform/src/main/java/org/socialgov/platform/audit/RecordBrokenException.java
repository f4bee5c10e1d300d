package org.socialgov.platform.audit;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * An aggregate's record has a gap: an event is missing from the store, so no state from there on can be rebuilt, and
 * nothing may be appended after it. The caller cannot cause or cure this and retrying does not help, hence a 500 with
 * a type of its own; the versions before the gap still read.
 */
public class RecordBrokenException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("record-broken",
        "The record of this resource is broken", HttpStatus.INTERNAL_SERVER_ERROR);

    private final long firstMissing;

    /**
     * @param integrityReport where an auditor reads what happened to this record; null where the service has no
     *                        report of this aggregate alone, or the caller is anonymous (the public page)
     */
    public RecordBrokenException(long firstMissing, String integrityReport) {
        super(TYPE, detail(firstMissing, integrityReport));
        this.firstMissing = firstMissing;
    }

    /** The sequence number of the first event missing from the record. */
    public long firstMissing() {
        return firstMissing;
    }

    private static String detail(long firstMissing, String integrityReport) {
        String before = firstMissing == 0 ? "" : "; the versions before it still can";
        String report = integrityReport == null ? ""
            : ". Its integrity report says what happened: GET " + integrityReport;
        return "The record is broken: event " + firstMissing + " is missing from the store, so nothing from there on "
            + "can be read or changed" + before + report;
    }
}
