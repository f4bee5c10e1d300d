package org.socialgov.console.policyadmin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** "Publish this draft" as the browser sent it: the effective date, the policy's ETag as read, and the form's key. */
@Serdeable
public record PublishInput(@Nullable String effectiveFrom, @Nullable String ifMatch,
                           @Nullable String idempotencyKey) {

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
