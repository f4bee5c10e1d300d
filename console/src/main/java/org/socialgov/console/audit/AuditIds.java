package org.socialgov.console.audit;

import java.util.regex.Pattern;

import org.socialgov.console.web.PageNotFoundException;

/** What an object id or a list cursor in an address may look like; anything else is no page. */
final class AuditIds {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    private AuditIds() {
    }

    static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static AuditedKind kind(String slug) {
        return AuditedKind.of(slug).orElseThrow(PageNotFoundException::new);
    }

    static String id(String id) {
        if (!valid(id)) {
            throw new PageNotFoundException();
        }
        return id;
    }

    /** A list cursor as the API gave it, or null for the first page. */
    static String cursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        if (!CURSOR.matcher(cursor).matches()) {
            throw new PageNotFoundException();
        }
        return cursor;
    }
}
