package org.socialgov.policy.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * The opaque cursor of roster pages, made as contract-service makes those of contract lists: clients pass it back
 * unchanged and learn nothing from its content.
 */
final class StaffListCursor {

    private static final String PREFIX = "after:";
    /** As the person ids the roster holds (the spec's PersonId): anything else was not issued here. */
    private static final Pattern PERSON_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private StaffListCursor() {
    }

    static String encode(String lastPersonId) {
        return lastPersonId == null ? null : Base64.getUrlEncoder().withoutPadding()
            .encodeToString((PREFIX + lastPersonId).getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX) && PERSON_ID.matcher(decoded.substring(PREFIX.length())).matches()) {
                return decoded.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // Not base64: reported below like any other unknown cursor.
        }
        throw new InvalidCursorException();
    }

    /** A cursor this service did not issue. */
    static final class InvalidCursorException extends ProblemException {
        InvalidCursorException() {
            super(ProblemType.INVALID_REQUEST, "Field 'cursor' is not a cursor from a previous page");
        }
    }
}
