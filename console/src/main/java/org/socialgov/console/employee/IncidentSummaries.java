package org.socialgov.console.employee;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /api/incidents}: a page of the incidents the caller may know of (an employee: those they reported). */
@Serdeable
public record IncidentSummaries(List<Summary> items, @Nullable String nextCursor) {

    @Serdeable
    public record Summary(String incidentId, String status, String platform, String category, String sentiment,
                          String severity, Instant reportedAt, int sightings, @Nullable String mergedInto) {
    }
}
