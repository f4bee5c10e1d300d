package org.socialgov.console.employee;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /api/incidents/{id}}, as far as the reporter's page shows it. */
@Serdeable
public record Incident(String incidentId, String status, String platform, String category, String sentiment,
                       String severity, @Nullable Instant reportedAt, @Nullable String postUrl,
                       @Nullable String authorHandle, @Nullable String excerpt, @Nullable List<Integer> policyRules,
                       @Nullable String mergedInto, @Nullable Boolean redacted) {
}
