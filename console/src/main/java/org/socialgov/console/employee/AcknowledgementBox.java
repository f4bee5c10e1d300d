package org.socialgov.console.employee;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;

/**
 * "I have read and accept version N": the button while the reader has not acknowledged the version in force, and
 * when they have, since when. Shown on the policy page and answered alone to htmx.
 */
public record AcknowledgementBox(String policyId, int versionNo, @Nullable Instant acknowledgedAt,
                                 @Nullable String channel) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
