package org.socialgov.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.Base64;
import java.util.function.Function;

import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * The opaque cursor of every paged list: the position of a page's last item, which clients pass back unchanged and
 * learn nothing from. Each list says what its position is and how it is written; a cursor that does not read back
 * as one is refused with 400, like any other invalid parameter.
 */
public final class PageCursor {

    private static final String PREFIX = "after:";

    private PageCursor() {
    }

    /** The cursor for the next page, or null when there is none. */
    public static String encode(String lastPosition) {
        return lastPosition == null ? null : Base64.getUrlEncoder().withoutPadding()
            .encodeToString((PREFIX + lastPosition).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a cursor holds (null for the first page), read by {@code position}, which throws
     * {@link IllegalArgumentException} or {@link DateTimeException} when the text is not one of its positions.
     */
    public static <P> P decode(String cursor, Function<String, P> position) {
        if (cursor == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return position.apply(decoded.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            // Not base64, or not a position of this list: refused below like any other unknown cursor.
        }
        throw notFromAPreviousPage();
    }

    /**
     * The refusal of a cursor that reads back but names no position of this caller's list (an unknown item, or
     * another company's): the same answer as for a cursor that does not read back at all.
     */
    public static ProblemException notFromAPreviousPage() {
        return new ProblemException(ProblemType.INVALID_REQUEST, "Field 'cursor' is not a cursor from a previous page");
    }
}
