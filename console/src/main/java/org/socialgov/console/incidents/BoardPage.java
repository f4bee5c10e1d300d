package org.socialgov.console.incidents;

import java.time.Instant;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;

/**
 * The incident board: one page of incidents as the API answered it, the filter it was asked with, and now; or, when
 * the API refused the filter, its problem (title, detail, and each field's message) and no list.
 */
public record BoardPage(@Nullable IncidentList list, BoardFilter filter, Instant now, Map<String, String> errors,
                        String problemTitle, String problemDetail) {

    static BoardPage answered(IncidentList list, BoardFilter filter, Instant now) {
        return new BoardPage(list, filter, now, Map.of(), "", "");
    }

    public @Nullable Deadline deadline(IncidentList.Summary item) {
        return item.deadline(now);
    }

    public @Nullable String nextPage() {
        return list == null || list.nextCursor() == null ? null : filter.nextPage(list.nextCursor());
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public boolean refused() {
        return list == null;
    }
}
