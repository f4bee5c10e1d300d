package org.socialgov.console.policyadmin;

import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import org.socialgov.console.web.PageNotFoundException;

/**
 * The identifiers the officer's addresses carry, checked against the API's own patterns before any call: an
 * address that could not name anything is the not-found page, as a missing object is.
 */
final class AdminPaths {

    private static final Pattern POLICY_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern PERSON_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    private AdminPaths() {
    }

    static String policyId(String value) {
        return checked(POLICY_ID, value);
    }

    static String personId(String value) {
        return checked(PERSON_ID, value);
    }

    static int versionNo(int value) {
        if (value < 1) {
            throw new PageNotFoundException();
        }
        return value;
    }

    /** A page number from the address: the first page when none is given. */
    static int page(@Nullable Integer value) {
        if (value == null) {
            return 1;
        }
        if (value < 1 || value > 100_000) {
            throw new PageNotFoundException();
        }
        return value;
    }

    static @Nullable String cursor(@Nullable String value) {
        return value == null || value.isEmpty() ? null : checked(CURSOR, value);
    }

    /** One of the values a filter takes, or none. */
    static @Nullable String oneOf(java.util.List<String> values, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!values.contains(value)) {
            throw new PageNotFoundException();
        }
        return value;
    }

    private static String checked(Pattern pattern, String value) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new PageNotFoundException();
        }
        return value;
    }
}
