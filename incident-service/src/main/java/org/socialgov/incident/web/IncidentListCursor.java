package org.socialgov.incident.web;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

import org.socialgov.incident.query.IncidentListPosition;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * The opaque cursor of incident lists: clients pass it back unchanged and learn nothing from its content. It holds
 * the last incident's report time and id, the two keys the list is ordered by.
 */
final class IncidentListCursor {

    private static final String PREFIX = "after:";
    private static final String SEPARATOR = ":";

    private IncidentListCursor() {
    }

    static String encode(IncidentListPosition last) {
        return last == null ? null : Base64.getUrlEncoder().withoutPadding().encodeToString(
            (PREFIX + last.reportedAt().toEpochMilli() + SEPARATOR + last.incidentId())
                .getBytes(StandardCharsets.UTF_8));
    }

    static IncidentListPosition decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = decoded.indexOf(SEPARATOR, PREFIX.length());
            if (decoded.startsWith(PREFIX) && separator > PREFIX.length() && separator < decoded.length() - 1) {
                return new IncidentListPosition(Instant.ofEpochMilli(Long.parseLong(
                    decoded.substring(PREFIX.length(), separator))), decoded.substring(separator + 1));
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            // Not base64, or not a time: reported below like any other unknown cursor.
        }
        throw new InvalidCursorException();
    }

    /** A cursor not in the form this service issues: not base64, or not a report time and an id. */
    static final class InvalidCursorException extends ProblemException {
        InvalidCursorException() {
            super(ProblemType.INVALID_REQUEST, "Field 'cursor' is not a cursor from a previous page");
        }
    }
}
