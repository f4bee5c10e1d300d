package org.socialgov.console.incidents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A handling step's form as the browser sent it. Every step's fields have names of their own (the forms share one
 * page, so their ids must differ); each form sends only its own, the rest stay empty.
 */
@Serdeable
public record StepInput(@Nullable String severity, @Nullable String severityReason, @Nullable String assignee,
                        @Nullable String escalateTo, @Nullable String escalationReason, @Nullable String answer,
                        @Nullable String accountId, @Nullable String responseText, @Nullable String responseLink,
                        @Nullable String noResponseReason, @Nullable String resolution, @Nullable String closureNote,
                        @Nullable String reopeningReason, @Nullable String observation, @Nullable String survivorId,
                        @Nullable String mergeReason, @Nullable String idempotencyKey) {

    static StepInput empty() {
        return new StepInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null);
    }

    static StepInput retriage(String severity, String severityReason, String assignee) {
        return new StepInput(severity, severityReason, assignee, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);
    }

    /** A value as typed, "" when not sent. */
    public String text(String value) {
        return value == null ? "" : value;
    }

    static String stripped(String value) {
        return value == null ? "" : value.strip();
    }
}
