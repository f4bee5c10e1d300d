package org.socialgov.console.contracts;

import java.util.List;

import io.micronaut.core.annotation.Nullable;

/**
 * The order of the contract list, as the API sorts it across all pages: the order the contracts were made (the
 * API's default), term end or renewal cancel-by date, each either way. Contracts without the date come last.
 *
 * @param key        the API's sort key ({@code created}, {@code termEnd}, {@code cancelBy})
 * @param descending whether the order runs from the last to the first
 */
public record ContractSort(String key, boolean descending) {

    static final String CREATED = "created";
    private static final List<String> KEYS = List.of(CREATED, "termEnd", "cancelBy");

    /** The order a page address asks for; one the API does not know is the default order. */
    static ContractSort of(@Nullable String param) {
        if (param == null || param.isBlank()) {
            return new ContractSort(CREATED, false);
        }
        boolean descending = param.startsWith("-");
        String key = descending ? param.substring(1) : param;
        return KEYS.contains(key) ? new ContractSort(key, descending) : new ContractSort(CREATED, false);
    }

    /** The sort parameter, of the API as of the page address (empty for the default order). */
    public String param() {
        return byColumn() || descending ? (descending ? "-" : "") + key : "";
    }

    ContractSort next(String column) {
        return new ContractSort(column, column.equals(key) && !descending);
    }

    @Nullable String ariaSort(String column) {
        return column.equals(key) ? (descending ? "descending" : "ascending") : null;
    }

    public boolean byColumn() {
        return !CREATED.equals(key);
    }

    public String describe() {
        return switch (key) {
            case "termEnd" -> "term end";
            case "cancelBy" -> "cancel-by date";
            default -> "the order they were made";
        } + (descending ? ", last first" : "");
    }
}
