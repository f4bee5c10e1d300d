package org.socialgov.incident.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** A report by someone other than an agency names a contract (see {@link ReporterEligibility}). */
public class ReportContractNotAllowedException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("incident-report-contract-not-allowed",
        "Only an agency's report names a contract", HttpStatus.UNPROCESSABLE_ENTITY);

    public ReportContractNotAllowedException(String detail) {
        super(TYPE, detail);
    }
}
