package org.socialgov.console.policyadmin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** "Record a training" as the browser sent it, and the key made when the form was shown. */
@Serdeable
public record TrainingInput(@Nullable String title, @Nullable String attendedOn, @Nullable String provider,
                            @Nullable String idempotencyKey) {

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
