package org.socialgov.incident.web;

import java.time.Instant;

import org.socialgov.incident.query.IncidentListPosition;
import org.socialgov.platform.web.PageCursor;

/**
 * The position an incident list's cursor holds: the last incident's report time and id, the two keys the list is
 * ordered by (the cursor itself is the platform's {@link PageCursor}).
 */
final class IncidentListCursor {

    private static final String SEPARATOR = ":";

    private IncidentListCursor() {
    }

    static String encode(IncidentListPosition last) {
        return last == null ? null
            : PageCursor.encode(last.reportedAt().toEpochMilli() + SEPARATOR + last.incidentId());
    }

    static IncidentListPosition decode(String cursor) {
        return PageCursor.decode(cursor, position -> {
            int separator = position.indexOf(SEPARATOR);
            if (separator <= 0 || separator == position.length() - 1) {
                throw new IllegalArgumentException("Not a report time and an id: " + position);
            }
            return new IncidentListPosition(Instant.ofEpochMilli(Long.parseLong(position.substring(0, separator))),
                position.substring(separator + 1));
        });
    }
}
