package org.socialgov.incident.web;

import java.time.Instant;
import java.util.List;

import org.socialgov.incident.query.IncidentListFilter;
import org.socialgov.incident.query.IncidentListPosition;
import org.socialgov.platform.web.PageCursor;
import org.socialgov.problem.ProblemError;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * The position an incident list's cursor holds: the last incident's report time and id, the two keys the list is
 * ordered by, and the fingerprint of the filters the page was listed with (the cursor itself is the platform's
 * {@link PageCursor}). A cursor continues only the list it came from: under other filters the next page would skip
 * or repeat incidents, so it is refused.
 */
final class IncidentListCursor {

    private static final String SEPARATOR = ":";

    private IncidentListCursor() {
    }

    static String encode(IncidentListPosition last, IncidentListFilter filter) {
        return last == null ? null : PageCursor.encode(last.reportedAt().toEpochMilli() + SEPARATOR
            + last.incidentId() + SEPARATOR + filter.fingerprint());
    }

    /** The position after which to list; null for the first page. */
    static IncidentListPosition decode(String cursor, IncidentListFilter filter) {
        Issued issued = PageCursor.decode(cursor, IncidentListCursor::issued);
        if (issued == null) {
            return null;
        }
        if (!issued.fingerprint().equals(filter.fingerprint())) {
            throw new ProblemException(ProblemType.INVALID_REQUEST,
                "Field 'cursor' was issued for other filters; pass the same filters with each cursor",
                List.of(ProblemError.field("cursor", "was issued for other filters")));
        }
        return issued.position();
    }

    private record Issued(IncidentListPosition position, String fingerprint) {
    }

    private static Issued issued(String text) {
        String[] parts = text.split(SEPARATOR, -1);
        if (parts.length != 3 || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new IllegalArgumentException("Not a report time, an id and a filter: " + text);
        }
        return new Issued(new IncidentListPosition(Instant.ofEpochMilli(Long.parseLong(parts[0])), parts[1]),
            parts[2]);
    }
}
