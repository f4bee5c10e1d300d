package org.socialgov.console.incidents;

import java.util.List;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import org.socialgov.console.web.PageNotFoundException;

/**
 * What the board is filtered by, as the URL carries it. The incident API filters its list only by the running
 * deadline ({@code due=soon|overdue}); the board offers exactly that and filters nothing itself, so that every page
 * it shows is a page the API answered.
 */
public record BoardFilter(String due, String cursor) {

    public static final List<String> DUE_CHOICES = List.of("soon", "overdue");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    /** The filter from the URL; an unknown value or malformed cursor is a page that does not exist. */
    static BoardFilter of(@Nullable String due, @Nullable String cursor) {
        String dueOrAll = due == null ? "" : due;
        String cursorOrFirst = cursor == null ? "" : cursor;
        if (!dueOrAll.isEmpty() && !DUE_CHOICES.contains(dueOrAll)
            || !cursorOrFirst.isEmpty() && !CURSOR.matcher(cursorOrFirst).matches()) {
            throw new PageNotFoundException();
        }
        return new BoardFilter(dueOrAll, cursorOrFirst);
    }

    String apiQuery(int limit) {
        return "?limit=" + limit + (due.isEmpty() ? "" : "&due=" + due) + (cursor.isEmpty() ? "" : "&cursor=" + cursor);
    }

    public boolean firstPage() {
        return cursor.isEmpty();
    }

    /** The board's address for the same filter on the page after {@code nextCursor}. */
    public String nextPage(String nextCursor) {
        return "/incidents?" + (due.isEmpty() ? "" : "due=" + due + "&") + "cursor=" + nextCursor;
    }

    /** The board's address for the same filter, first page. */
    public String firstPageLink() {
        return "/incidents" + (due.isEmpty() ? "" : "?due=" + due);
    }

    public String dueWords(String choice) {
        return "soon".equals(choice) ? "Due soon" : "Overdue";
    }
}
