package org.socialgov.console.policyadmin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** "Register an official account" as the browser sent it, and the key made when the form was shown. */
@Serdeable
public record AccountInput(@Nullable String platform, @Nullable String handle, @Nullable String url,
                           @Nullable String purpose, @Nullable String since, @Nullable String idempotencyKey) {

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
