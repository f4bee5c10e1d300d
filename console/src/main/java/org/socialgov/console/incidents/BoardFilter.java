package org.socialgov.console.incidents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.micronaut.http.HttpParameters;
import org.socialgov.console.employee.ReportChoices;
import org.socialgov.console.gateway.ApiPaths;
import org.socialgov.console.web.PageNotFoundException;

/**
 * What the board is filtered by, as the URL carries it, under the incident API's own parameter names (so that the
 * API's refusal of one names the board's field): the running deadline, severity, category, platform, state and the
 * report days. The board filters nothing itself, so that every page it shows is a page the API answered.
 */
public record BoardFilter(Map<String, String> values, String cursor) {

    public static final List<String> DUE_CHOICES = List.of("soon", "overdue");
    /** The filters that pick one of the API's values, each with the values it takes. */
    static final Map<String, List<String>> CHOICES = choices();
    /** The report days: dates as the browser's date input writes them, checked by the API. */
    static final List<String> DAYS = List.of("reportedFrom", "reportedTo");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,200}");
    private static final int LONGEST_DAY = 40;

    private static Map<String, List<String>> choices() {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        choices.put("due", DUE_CHOICES);
        choices.put("severity", HandlingWords.SEVERITIES);
        choices.put("category", ReportChoices.CATEGORIES);
        choices.put("platform", ReportChoices.PLATFORMS);
        choices.put("state", HandlingWords.STATES);
        return choices;
    }

    /** The filter from the URL; an unknown value or a malformed cursor is a page that does not exist. */
    static BoardFilter of(HttpParameters parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        CHOICES.forEach((name, allowed) -> {
            String value = parameters.get(name, String.class, "").strip();
            if (!value.isEmpty() && !allowed.contains(value)) {
                throw new PageNotFoundException();
            }
            values.put(name, value);
        });
        for (String day : DAYS) {
            String value = parameters.get(day, String.class, "").strip();
            if (value.length() > LONGEST_DAY) {
                throw new PageNotFoundException();
            }
            values.put(day, value);
        }
        String cursor = parameters.get("cursor", String.class, "");
        if (!cursor.isEmpty() && !CURSOR.matcher(cursor).matches()) {
            throw new PageNotFoundException();
        }
        return new BoardFilter(Map.copyOf(values), cursor);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public String due() {
        return value("due");
    }

    /** Whether anything but the deadline narrows the list. */
    public boolean narrowed() {
        return values.entrySet().stream().anyMatch(value -> !value.getKey().equals("due")
            && !value.getValue().isEmpty());
    }

    String apiQuery(int limit) {
        String given = given();
        return "?limit=" + limit + (given.isEmpty() ? "" : "&" + given) + (cursor.isEmpty() ? "" : "&cursor=" + cursor);
    }

    public boolean firstPage() {
        return cursor.isEmpty();
    }

    /** The board's address for the same filter on the page after {@code nextCursor}. */
    public String nextPage(String nextCursor) {
        String given = given();
        return "/incidents?" + (given.isEmpty() ? "" : given + "&") + "cursor=" + nextCursor;
    }

    /** The board's address for the same filter, first page. */
    public String firstPageLink() {
        String given = given();
        return "/incidents" + (given.isEmpty() ? "" : "?" + given);
    }

    public String dueWords(String choice) {
        return "soon".equals(choice) ? "Due soon" : "Overdue";
    }

    /** The filters given, as query parameters in a fixed order (the API's, then the days). */
    private String given() {
        return Stream.concat(CHOICES.keySet().stream(), DAYS.stream())
            .filter(name -> !value(name).isEmpty())
            .map(name -> name + "=" + ApiPaths.encode(value(name)))
            .collect(Collectors.joining("&"));
    }
}
