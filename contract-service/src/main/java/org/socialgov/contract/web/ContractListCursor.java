package org.socialgov.contract.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The opaque cursor of contract lists: clients pass it back unchanged and learn nothing from its content. */
final class ContractListCursor {

    private static final String PREFIX = "after:";

    private ContractListCursor() {
    }

    static String encode(String lastContractId) {
        return lastContractId == null ? null : Base64.getUrlEncoder().withoutPadding()
            .encodeToString((PREFIX + lastContractId).getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
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
