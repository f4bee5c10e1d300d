package org.socialgov.incident.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * What the incidents of a period add up to, week by week (ISO weeks, by report time, merged duplicates left out):
 * counts by category, sentiment, severity and platform, and the median times to triage and to decide a response.
 */
public record IncidentStatistics(LocalDate from, LocalDate to, List<Week> weeks, int incidents, int triaged,
                                 int decided, Double medianMinutesToTriage, Double medianMinutesToDecision) {

    public record Week(String week, int incidents, Map<String, Integer> byCategory, Map<String, Integer> bySentiment,
                       Map<String, Integer> bySeverity, Map<String, Integer> byPlatform) {
    }

    static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
