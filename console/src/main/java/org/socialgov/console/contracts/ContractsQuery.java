package org.socialgov.console.contracts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;
import org.socialgov.console.gateway.ApiPaths;

/**
 * The contract list's address: the API's filters (status, provider, term ending within N days), its sort, and its
 * cursor. Every link on the page is built here, so none loses a filter.
 */
public record ContractsQuery(String status, String providerId, String endsWithinDays, ContractSort sort,
                             String cursor) {

    public static final List<String> STATUSES = List.of("DRAFT", "ACTIVE", "WITHDRAWN", "TERMINATED", "EXPIRED");

    static ContractsQuery of(@Nullable String status, @Nullable String providerId, @Nullable String endsWithinDays,
                             @Nullable String sort, @Nullable String cursor) {
        return new ContractsQuery(strip(status), strip(providerId), strip(endsWithinDays), ContractSort.of(sort),
            strip(cursor));
    }

    /** The API's query string for this page. */
    String apiQuery(int limit) {
        Map<String, String> query = filters();
        query.put("sort", sort.param());
        query.put("limit", Integer.toString(limit));
        query.put("cursor", cursor);
        return "?" + join(query);
    }

    /** The list sorted by {@code key} from its first page: ascending first, then the other way round. */
    public String sortLink(String key) {
        return link(sort.next(key).param(), "");
    }

    /** The attribute value of a column header's aria-sort, or null for a column the page is not sorted by. */
    public @Nullable String ariaSort(String key) {
        return sort.ariaSort(key);
    }

    public String nextLink(String nextCursor) {
        return link(sort.param(), nextCursor);
    }

    public String firstLink() {
        return link(sort.param(), "");
    }

    public boolean first() {
        return cursor.isEmpty();
    }

    public boolean filtered() {
        return !status.isEmpty() || !providerId.isEmpty() || !endsWithinDays.isEmpty();
    }

    private String link(String sortParam, String pageCursor) {
        Map<String, String> query = filters();
        query.put("sort", sortParam);
        query.put("cursor", pageCursor);
        String joined = join(query);
        return joined.isEmpty() ? "/contracts" : "/contracts?" + joined;
    }

    private Map<String, String> filters() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("status", status);
        query.put("providerId", providerId);
        query.put("endsWithinDays", endsWithinDays);
        return query;
    }

    private static String join(Map<String, String> query) {
        return query.entrySet().stream().filter(entry -> entry.getValue() != null && !entry.getValue().isEmpty())
            .map(entry -> entry.getKey() + "=" + ApiPaths.encode(entry.getValue()))
            .collect(Collectors.joining("&"));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
