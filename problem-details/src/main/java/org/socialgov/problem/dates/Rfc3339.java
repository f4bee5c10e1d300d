package org.socialgov.problem.dates;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The dates and times the specs declare ({@code format: date}, {@code format: date-time}) read exactly as RFC 3339
 * writes them. Java's ISO parsers also take signed and longer years ({@code +999999999-12-31}), which no response
 * schema allows and which overflow later arithmetic; here the year has exactly four digits and no sign.
 */
public final class Rfc3339 {

    static final String DATE_EXPECTED = "must be a date as YYYY-MM-DD (RFC 3339 full-date, a four-digit year)";

    static final String DATE_TIME_EXPECTED = "must be a date-time as YYYY-MM-DDThh:mm:ss[.fraction] with Z or "
        + "an offset +hh:mm or -hh:mm (RFC 3339, a four-digit year)";

    /** {@code YYYY-MM-DD}: a fixed-width year cannot carry a sign or a fifth digit; STRICT refuses 2026-02-30. */
    private static final DateTimeFormatter FULL_DATE = new DateTimeFormatterBuilder()
        .appendValue(YEAR, 4)
        .appendLiteral('-')
        .appendValue(MONTH_OF_YEAR, 2)
        .appendLiteral('-')
        .appendValue(DAY_OF_MONTH, 2)
        .toFormatter()
        .withChronology(IsoChronology.INSTANCE)
        .withResolverStyle(ResolverStyle.STRICT);

    /** RFC 3339 lets the {@code T} and {@code Z} be lower case, as Java's ISO parser did; seconds are required. */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .append(FULL_DATE)
        .appendLiteral('T')
        .appendValue(HOUR_OF_DAY, 2)
        .appendLiteral(':')
        .appendValue(MINUTE_OF_HOUR, 2)
        .appendLiteral(':')
        .appendValue(SECOND_OF_MINUTE, 2)
        .optionalStart()
        .appendFraction(NANO_OF_SECOND, 1, 9, true)
        .optionalEnd()
        .appendOffset("+HH:MM", "Z")
        .toFormatter()
        .withChronology(IsoChronology.INSTANCE)
        .withResolverStyle(ResolverStyle.STRICT);

    private Rfc3339() {
    }

    /**
     * @throws DateTimeParseException saying what is expected, without echoing the (possibly hostile) text; without
     *     Java's exception as its cause, because the error answer shows the innermost cause's message
     */
    public static LocalDate date(CharSequence text) {
        try {
            return LocalDate.from(FULL_DATE.parse(text));
        } catch (DateTimeParseException e) {
            throw new DateTimeParseException(DATE_EXPECTED, text, e.getErrorIndex());
        }
    }

    /** @throws DateTimeParseException saying what is expected, without echoing the (possibly hostile) text */
    public static OffsetDateTime dateTime(CharSequence text) {
        try {
            return OffsetDateTime.from(DATE_TIME.parse(text));
        } catch (DateTimeParseException e) {
            throw new DateTimeParseException(DATE_TIME_EXPECTED, text, e.getErrorIndex());
        }
    }
}
