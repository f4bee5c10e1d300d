package org.socialgov.console.contracts;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;

/**
 * The contract list: the rows of one page (sorted as asked), the query that made it, the next page's cursor, and
 * the API's refusal of a filter (its title and detail, and each filter's problem beside it).
 */
public record ContractsPage(List<ContractRow> rows, ContractsQuery query, @Nullable String nextCursor,
                            @Nullable String problemTitle, @Nullable String problemDetail,
                            Map<String, String> errors) {

    public List<String> statuses() {
        return ContractsQuery.STATUSES;
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }
}
