package org.socialgov.suite.hostile;

import java.util.List;
import java.util.Random;

/** The unicode edge cases and small helpers the mutations share. */
final class HostileValues {

    /** Text that is valid JSON but hard on whatever stores, compares, logs or displays it. */
    static final List<String> UNICODE = List.of(
        "a\u0000b",
        "\u202Etxt.exe",
        "abc\u2067def\u2069ghi",
        "😀👍🏽👨‍👩‍👧‍👦",
        "e" + "\u0301".repeat(200),
        "\u200B\u200D\uFEFF",
        "\uFFFE\uFFFF",
        "\u0085\u009F\u007F",
        "Z̸̢̛a̷l̵g̶o",
        "\r\n\t",
        "<script>alert(1)</script>",
        "'; db.dropDatabase(); //",
        "{\"$gt\": \"\"}");
    /** JSON escapes of unpaired UTF-16 surrogates: valid JSON syntax, not valid Unicode. */
    static final List<String> LONE_SURROGATE_ESCAPES = List.of("\\ud800", "\\udfff", "\\udc00\\ud800",
        "x\\ud83d");

    private HostileValues() {
    }

    static <T> T oneOf(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The text with what a terminal would not show written as escapes, for failure messages. */
    static String visible(String text) {
        StringBuilder visible = new StringBuilder("\"");
        text.codePoints().limit(120).forEach(codePoint -> {
            if (codePoint < 0x20 || codePoint >= 0x7F && codePoint < 0xA0 || Character.getType(codePoint)
                == Character.FORMAT || Character.getType(codePoint) == Character.SURROGATE
                || Character.getType(codePoint) == Character.UNASSIGNED) {
                visible.append(String.format("\\u%04x", codePoint));
            } else {
                visible.appendCodePoint(codePoint);
            }
        });
        return visible.append(text.codePointCount(0, text.length()) > 120 ? "…\"" : "\"").toString();
    }

    /** The text cut to at most {@code max} code points, so that a length limit is not what refuses it. */
    static String fitted(String text, Integer max) {
        if (max == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }
}
