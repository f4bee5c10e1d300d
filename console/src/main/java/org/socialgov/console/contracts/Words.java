package org.socialgov.console.contracts;

import java.util.Locale;

import org.socialgov.console.employee.ReportChoices;

/** API values in words for the contract pages: enum values, and field names written in camel case. */
public final class Words {

    private Words() {
    }

    /** {@code PRIOR_WRITTEN_CONSENT} → "Prior written consent". */
    public static String of(String value) {
        return ReportChoices.words(value);
    }

    /** {@code postsPerMonth} → "Posts per month". */
    public static String ofField(String field) {
        return of(field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
    }

    /** Several values in words, separated by commas. */
    public static String list(java.util.List<String> values) {
        return String.join(", ", values.stream().map(Words::of).toList());
    }

    public static String party(String party) {
        return Contract.CLIENT.equals(party) ? "The client (your company)"
            : Contract.PROVIDER.equals(party) ? "The provider" : of(party);
    }
}
