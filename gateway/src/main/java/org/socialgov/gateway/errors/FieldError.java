package org.socialgov.gateway.errors;

import java.util.Optional;

import io.micronaut.http.server.exceptions.response.Error;

/** A field error as the shared problem+json body provider lists it under {@code errors}. */
record FieldError(String field, String message) implements Error {

    @Override
    public Optional<String> getPath() {
        return Optional.of(field);
    }

    @Override
    public String getMessage() {
        return message;
    }
}
