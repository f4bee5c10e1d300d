package org.socialgov.console.incidents;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /api/incidents}: a page of the company's incidents, newest first, without personal data. */
@Serdeable
public record IncidentList(List<Summary> items, @Nullable String nextCursor) {

    @Serdeable
    public record Summary(String incidentId, String status, String platform, String category, String sentiment,
                          String severity, Instant reportedAt, @Nullable Instant nextDueBy, int sightings,
                          @Nullable String mergedInto) {

        /** The identifier's first characters, as a short name on the board (the page's title carries it whole). */
        public String shortId() {
            return incidentId.length() > 8 ? incidentId.substring(0, 8) + "…" : incidentId;
        }

        public @Nullable Deadline deadline(Instant now) {
            return Deadline.running(status, nextDueBy, now);
        }
    }
}
