package org.socialgov.console.web;

import java.util.Locale;
import java.util.regex.Pattern;

/** The API's codes and type names in the words people read on every page. */
public final class Words {

    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private Words() {
    }

    /** An API value in words: {@code RUMOUR_OR_MISINFORMATION} → "Rumour or misinformation". */
    public static String code(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return capitalised(value.replace('_', ' ').toLowerCase(Locale.ROOT));
    }

    /** A name written in camel case in words: {@code AmendmentAccepted} → "Amendment accepted". */
    public static String name(String camelCase) {
        return capitalised(String.join(" ", CAMEL.split(camelCase)).toLowerCase(Locale.ROOT));
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
