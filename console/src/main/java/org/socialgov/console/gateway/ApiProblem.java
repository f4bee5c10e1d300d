package org.socialgov.console.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem the API answered with, as far as people need it: what went wrong (title, detail), which
 * field says what, and the request id to quote to support.
 */
@Serdeable
public record ApiProblem(@Nullable String type, @Nullable String title, int status, @Nullable String detail,
                         @Nullable String requestId, @Nullable List<FieldProblem> errors) {

    @Serdeable
    public record FieldProblem(@Nullable String field, @Nullable String code, @Nullable String message) {
    }

    /** Each offending field's message, by the field's path in the request (several messages joined). */
    public Map<String, String> fieldMessages() {
        Map<String, String> messages = new LinkedHashMap<>();
        if (errors != null) {
            for (FieldProblem error : errors) {
                if (error.field() != null && error.message() != null) {
                    messages.merge(error.field(), error.message(), (first, next) -> first + "; " + next);
                }
            }
        }
        return messages;
    }

    /** The reasons that name no field (a rule's refusal with several codes), in words. */
    public List<String> otherMessages() {
        return errors == null ? List.of() : errors.stream()
            .filter(error -> error.field() == null && error.message() != null)
            .map(FieldProblem::message).toList();
    }
}
