package org.socialgov.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One entry of a problem's {@code errors}, each with a sentence for people ({@code message}): an offending field of
 * an invalid request names the {@code field}; one of several reasons a rule refused a request names its stable
 * {@code code}, which clients switch on as they do on the problem's type.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemError(String field, String code, String message) {

    public static ProblemError field(String field, String message) {
        return new ProblemError(field, null, message);
    }

    public static ProblemError reason(String code, String message) {
        return new ProblemError(null, code, message);
    }
}
