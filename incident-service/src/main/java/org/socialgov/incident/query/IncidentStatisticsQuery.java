package org.socialgov.incident.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Singleton;
import org.bson.Document;
import org.socialgov.incident.api.IncidentStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** Adds up a tenant's incidents of a period from {@code incident_summaries}, one pass, one week at a time. */
@Singleton
public class IncidentStatisticsQuery {

    /** A year of weeks at most: statistics are for trends, exports are for bulk. */
    static final int LONGEST_PERIOD_DAYS = 366;

    private final IncidentSummaries summaries;

    public IncidentStatisticsQuery(IncidentSummaries summaries) {
        this.summaries = summaries;
    }

    public IncidentStatistics of(String tenant, LocalDate from, LocalDate to) {
        if (!from.isBefore(to) || from.plusDays(LONGEST_PERIOD_DAYS).isBefore(to)) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "from must be before to, at most "
                + LONGEST_PERIOD_DAYS + " days apart");
        }
        Map<String, WeekTally> weeks = new TreeMap<>();
        List<Long> toTriage = new ArrayList<>();
        List<Long> toDecision = new ArrayList<>();
        summaries.collection().find(and(eq(IncidentSummaries.TENANT, tenant),
                ne(IncidentSummaries.STATUS, IncidentStatus.MERGED.name()),
                gte(IncidentSummaries.REPORTED_AT, IncidentStatistics.startOf(from).toEpochMilli()),
                lt(IncidentSummaries.REPORTED_AT, IncidentStatistics.startOf(to).toEpochMilli())))
            .forEach(incident -> {
                long reportedAt = incident.getLong(IncidentSummaries.REPORTED_AT);
                weeks.computeIfAbsent(isoWeek(reportedAt), WeekTally::new).add(incident);
                minutesAfter(reportedAt, incident.getLong(IncidentSummaries.FIRST_TRIAGED_AT), toTriage);
                minutesAfter(reportedAt, incident.getLong(IncidentSummaries.FIRST_DECIDED_AT), toDecision);
            });
        List<IncidentStatistics.Week> tallies = weeks.values().stream().map(WeekTally::week).toList();
        return new IncidentStatistics(from, to, tallies,
            tallies.stream().mapToInt(IncidentStatistics.Week::incidents).sum(), toTriage.size(), toDecision.size(),
            median(toTriage), median(toDecision));
    }

    private static String isoWeek(long millis) {
        LocalDate day = Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC).toLocalDate();
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
            day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static void minutesAfter(long reportedAt, Long later, List<Long> into) {
        if (later != null) {
            into.add(later - reportedAt);
        }
    }

    /** The median in minutes, with one decimal; absent when nothing was measured. */
    static Double median(List<Long> millis) {
        if (millis.isEmpty()) {
            return null;
        }
        List<Long> sorted = millis.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double value = sorted.size() % 2 == 1 ? sorted.get(middle)
            : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        return Math.round(value / 6_000.0) / 10.0;
    }

    private static final class WeekTally {
        private final String week;
        private int incidents;
        private final Map<String, Integer> byCategory = new TreeMap<>();
        private final Map<String, Integer> bySentiment = new TreeMap<>();
        private final Map<String, Integer> bySeverity = new TreeMap<>();
        private final Map<String, Integer> byPlatform = new TreeMap<>();

        WeekTally(String week) {
            this.week = week;
        }

        void add(Document incident) {
            incidents++;
            byCategory.merge(incident.getString(IncidentSummaries.CATEGORY), 1, Integer::sum);
            bySentiment.merge(incident.getString(IncidentSummaries.SENTIMENT), 1, Integer::sum);
            bySeverity.merge(incident.getString(IncidentSummaries.SEVERITY), 1, Integer::sum);
            byPlatform.merge(incident.getString(IncidentSummaries.PLATFORM), 1, Integer::sum);
        }

        IncidentStatistics.Week week() {
            return new IncidentStatistics.Week(week, incidents, byCategory, bySentiment, bySeverity, byPlatform);
        }
    }
}
