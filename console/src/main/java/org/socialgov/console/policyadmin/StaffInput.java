package org.socialgov.console.policyadmin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** "Register a person" as the browser sent it, and the key made when the form was shown. */
@Serdeable
public record StaffInput(@Nullable String personId, @Nullable String name, @Nullable String standing,
                         @Nullable String since, @Nullable String idempotencyKey) {

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
