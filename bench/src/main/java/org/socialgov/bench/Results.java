package org.socialgov.bench;

import java.util.Locale;

/** Figures as {@code RESULT key=value} lines among a program's output, for {@code bench/run} to put in its table. */
final class Results {

    private Results() {
    }

    static void put(String key, double value) {
        System.out.println("RESULT " + key + "=" + String.format(Locale.ROOT, "%.3f", value));
    }

    static void put(String key, long value) {
        System.out.println("RESULT " + key + "=" + value);
    }
}
