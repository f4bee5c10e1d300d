package org.socialgov.console.contracts;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.micronaut.core.annotation.Nullable;

/**
 * The column the contracts of a page are sorted by. The API lists contracts only in the order they were made (its
 * one order, which the pages follow); a column's sort puts the contracts of the page shown in that column's order.
 *
 * @param key        the column, or empty for the API's order
 * @param descending whether the order runs from the last to the first
 */
public record ContractSort(String key, boolean descending) {

    private static final Map<String, Function<ContractRow, Comparable<?>>> COLUMNS = Map.of(
        "provider", row -> row.summary().providerName().toLowerCase(Locale.ROOT),
        "status", row -> Words.of(row.summary().status()),
        "start", row -> row.summary().termStart(),
        "end", row -> row.summary().termEnd(),
        "cancelBy", row -> row.renewal().cancelBy());

    static ContractSort of(@Nullable String param) {
        if (param == null || param.isBlank()) {
            return new ContractSort("", false);
        }
        boolean descending = param.startsWith("-");
        String key = descending ? param.substring(1) : param;
        return COLUMNS.containsKey(key) ? new ContractSort(key, descending) : new ContractSort("", false);
    }

    public String param() {
        return key.isEmpty() ? "" : (descending ? "-" : "") + key;
    }

    ContractSort next(String column) {
        return new ContractSort(column, column.equals(key) && !descending);
    }

    @Nullable String ariaSort(String column) {
        return column.equals(key) ? (descending ? "descending" : "ascending") : null;
    }

    /** Rows without a value in the column (a contract that does not renew) stay last either way. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<ContractRow> comparator() {
        Function<ContractRow, Comparable<?>> column = COLUMNS.get(key);
        if (column == null) {
            return (a, b) -> 0;
        }
        Comparator<Comparable> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(row -> (Comparable) column.apply(row), Comparator.nullsLast(order));
    }

    public boolean byColumn() {
        return !key.isEmpty();
    }

    public String describe() {
        return switch (key) {
            case "provider" -> "agency";
            case "status" -> "status";
            case "start" -> "term start";
            case "end" -> "term end";
            case "cancelBy" -> "cancel-by date";
            default -> "the order they were made";
        } + (descending ? ", last first" : "");
    }
}
