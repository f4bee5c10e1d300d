package org.socialgov.console.employee;

import io.micronaut.core.annotation.Nullable;

/** "My reports": one page of them, whether it is the first, and the cursor of the next. */
public record ReportsPage(IncidentSummaries list, boolean first) {

    public @Nullable String nextCursor() {
        return list.nextCursor();
    }
}
