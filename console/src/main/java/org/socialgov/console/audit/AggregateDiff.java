package org.socialgov.console.audit;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.socialgov.console.web.Dates;

/** {@code GET .../{id}/diff}: the fields that differ between two versions, and the events recorded in between. */
@Serdeable
public record AggregateDiff(String aggregateId, long fromVersion, long toVersion, List<Change> changes,
                            List<AuditEvent> events) {

    /** One field that changed, by its path in the object as read ({@code terms.fees.baseMonthlyFee.amount}). */
    @Serdeable
    public record Change(String path, @Nullable Object before, @Nullable Object after) {

        public String field() {
            return AuditWords.path(path);
        }

        public String was(Dates dates) {
            return AuditWords.value(before, dates);
        }

        public String now(Dates dates) {
            return AuditWords.value(after, dates);
        }
    }
}
