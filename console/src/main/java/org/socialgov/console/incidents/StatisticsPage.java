package org.socialgov.console.incidents;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.micronaut.core.annotation.Nullable;
import org.socialgov.console.employee.ReportChoices;
import org.socialgov.console.web.ChartFigures;
import org.socialgov.console.web.Words;

/**
 * The weekly statistics page: the period asked for (with each field's problem), and, when the API answered, the
 * totals and one chart per way of counting (severity, category, platform), week by week.
 */
public record StatisticsPage(StatisticsPeriod period, Map<String, String> errors, String problemTitle,
                             String problemDetail, @Nullable IncidentStatistics statistics) {

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public boolean refused() {
        return !problemTitle.isEmpty() || !errors.isEmpty();
    }

    public List<ChartFigures> charts() {
        if (statistics == null) {
            return List.of();
        }
        return List.of(
            chart("Incidents reported per week, by severity", IncidentStatistics.Week::bySeverity,
                HandlingWords.SEVERITIES, value -> value),
            chart("Incidents reported per week, by what they may amount to", IncidentStatistics.Week::byCategory,
                ReportChoices.CATEGORIES, Words::code),
            chart("Incidents reported per week, by platform", IncidentStatistics.Week::byPlatform,
                ReportChoices.PLATFORMS, Words::code));
    }

    /**
     * Every ISO week the period touches, as the API names them ("2026-W48"): the API lists only weeks with incidents,
     * and a week without any is a zero on the chart, not a gap.
     */
    List<String> weeks() {
        List<String> labels = new ArrayList<>();
        for (IncidentStatistics.Week week : statistics.weeks()) {
            labels.add(week.week());
        }
        LocalDate last = statistics.to().minusDays(1);
        for (LocalDate day = statistics.from(); !day.isAfter(last); day = day.plusWeeks(1)) {
            addWeekOf(day, labels);
        }
        addWeekOf(last, labels);
        return labels.stream().distinct().sorted().toList();
    }

    private static void addWeekOf(LocalDate day, List<String> labels) {
        labels.add(String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
            day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }

    /** Minutes as people say them: "2 h 5 min". */
    public String minutes(double minutes) {
        return Deadline.span(java.time.Duration.ofSeconds(Math.round(minutes * 60)));
    }

    /**
     * One stacked bar per week, one series per value that occurs in the period, in the API's order of values (a value
     * the console does not know yet comes last, as the API names it).
     */
    private ChartFigures chart(String caption, Function<IncidentStatistics.Week, Map<String, Integer>> counts,
                               List<String> order, Function<String, String> words) {
        Set<String> present = new LinkedHashSet<>();
        statistics.weeks().forEach(week -> present.addAll(counts.apply(week).keySet()));
        List<String> values = new ArrayList<>(order.stream().filter(present::contains).toList());
        present.stream().filter(value -> !values.contains(value)).forEach(values::add);
        Map<String, IncidentStatistics.Week> byLabel = new java.util.HashMap<>();
        statistics.weeks().forEach(week -> byLabel.put(week.week(), week));
        List<ChartFigures.Row> rows = weeks().stream()
            .map(label -> new ChartFigures.Row(label, values.stream()
                .map(value -> byLabel.containsKey(label) ? counts.apply(byLabel.get(label)).getOrDefault(value, 0) : 0)
                .toList()))
            .toList();
        return new ChartFigures(caption, "stacked-bar", "Week", values.stream().map(words).toList(), rows);
    }
}
