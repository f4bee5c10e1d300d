package org.socialgov.problem;

import java.util.Optional;

import io.micronaut.http.server.exceptions.response.Error;

/** One offending field of a request, as an error the problem+json body lists under {@code errors}. */
public record InvalidField(String field, String message) implements Error {

    @Override
    public Optional<String> getPath() {
        return Optional.of(field);
    }

    @Override
    public String getMessage() {
        return message;
    }
}
