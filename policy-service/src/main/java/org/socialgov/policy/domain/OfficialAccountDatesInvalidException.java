package org.socialgov.policy.domain;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** A retirement cannot take effect before the account became official. */
public class OfficialAccountDatesInvalidException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("official-account-dates-invalid",
        "The dates of the official account are not valid", HttpStatus.UNPROCESSABLE_ENTITY);

    public OfficialAccountDatesInvalidException(String detail) {
        super(TYPE, detail);
    }
}
