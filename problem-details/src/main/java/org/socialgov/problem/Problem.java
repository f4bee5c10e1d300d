package org.socialgov.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem detail. {@code errors} lists the offending fields of an invalid request, or each reason a
 * rule refused the request for; {@code requestId} lets a support desk find the request in the logs.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
                      List<ProblemError> errors) {
}
