package org.socialgov.console.incidents;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;

/**
 * The period the statistics cover, as the URL carries it: the first day and the day after the last (the API's
 * {@code from} and {@code to}). Without one, the last twelve ISO weeks up to today.
 */
public record StatisticsPeriod(String from, String to) {

    static final int DEFAULT_WEEKS = 12;

    static StatisticsPeriod of(@Nullable String from, @Nullable String to, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new StatisticsPeriod(blank(from) ? monday.minusWeeks(DEFAULT_WEEKS - 1L).toString() : from.strip(),
            blank(to) ? today.plusDays(1).toString() : to.strip());
    }

    /** The problems (by field) that keep the period from being asked for: each must be a date. */
    Map<String, String> problems() {
        Map<String, String> problems = new java.util.HashMap<>();
        for (Map.Entry<String, String> field : Map.of("from", from, "to", to).entrySet()) {
            try {
                LocalDate.parse(field.getValue());
            } catch (DateTimeParseException e) {
                problems.put(field.getKey(), "must be a date, such as 2026-12-03");
            }
        }
        return problems;
    }

    String apiQuery() {
        return "?from=" + from + "&to=" + to;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
