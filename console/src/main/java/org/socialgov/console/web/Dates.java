package org.socialgov.console.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as the person's browser asks for them (its Accept-Language), in UTC, which the page says: the
 * server does not know the browser's time zone.
 */
public record Dates(Locale locale) {

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
            .withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** The language tag for the page's {@code lang} attribute. */
    public String languageTag() {
        return locale.toLanguageTag();
    }
}
