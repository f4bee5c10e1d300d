package org.socialgov.incident.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The caller may not report for this company (see {@link ReporterEligibility}). */
public class ReporterNotEligibleException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("incident-reporter-not-eligible",
        "You may not report incidents for this company", HttpStatus.FORBIDDEN);

    public ReporterNotEligibleException(String detail) {
        super(TYPE, detail);
    }
}
