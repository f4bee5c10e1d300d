package org.socialgov.console.policyadmin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** "Record a review" as the browser sent it, and the key made when the form was shown. */
@Serdeable
public record ReviewInput(@Nullable String reviewedOn, @Nullable String outcome, @Nullable String notes,
                          @Nullable String idempotencyKey) {

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
