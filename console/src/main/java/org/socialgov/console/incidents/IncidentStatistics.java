package org.socialgov.console.incidents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /api/incidents/statistics}: the company's incidents of a period, counted week by week. */
@Serdeable
public record IncidentStatistics(LocalDate from, LocalDate to, List<Week> weeks, int incidents, int triaged,
                                 int decided, @Nullable Double medianMinutesToTriage,
                                 @Nullable Double medianMinutesToDecision) {

    @Serdeable
    public record Week(String week, int incidents, Map<String, Integer> byCategory, Map<String, Integer> bySentiment,
                       Map<String, Integer> bySeverity, Map<String, Integer> byPlatform) {
    }
}
