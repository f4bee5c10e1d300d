package org.socialgov.console.policyadmin;

import java.util.UUID;

import io.micronaut.core.annotation.Nullable;

/** Small conversions the officer's forms share before a value goes to the API. */
final class Forms {

    private Forms() {
    }

    /** A value left blank is not given (the API says whether it must be). */
    static @Nullable String given(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The key the form was shown with, so that sending it twice does one thing; a new one if it came without. */
    static String idempotencyKey(@Nullable String sent) {
        return sent == null || sent.isBlank() ? UUID.randomUUID().toString() : sent;
    }
}
