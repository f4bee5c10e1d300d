package org.socialgov.console.web;

import java.util.List;

/**
 * The figures of a chart, rendered by {@code chart.jte} as a table that the browser draws as a chart
 * ({@code /assets/charts.js}). The table stays in the page, hidden from sight, as the chart's text for screen readers
 * and for browsers without script: one row per point on the horizontal axis, one column per series.
 *
 * @param caption what the chart shows, in words
 * @param kind    how it is drawn: {@code bar}, {@code stacked-bar}, {@code line} or {@code doughnut}
 * @param axis    what the rows are (the heading of the first column), e.g. "Week"
 * @param series  the name of each series, in column order
 * @param rows    the points, each with one value per series
 */
public record ChartFigures(String caption, String kind, String axis, List<String> series, List<Row> rows) {

    /** One point on the horizontal axis and its value in each series. */
    public record Row(String label, List<? extends Number> values) {
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
