package org.socialgov.console.incidents;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;

/** The incident board: one page of incidents as the API answered it, the filter it was asked with, and now. */
public record BoardPage(IncidentList list, BoardFilter filter, Instant now) {

    public @Nullable Deadline deadline(IncidentList.Summary item) {
        return item.deadline(now);
    }

    public @Nullable String nextPage() {
        return list.nextCursor() == null ? null : filter.nextPage(list.nextCursor());
    }
}
