package org.socialgov.console.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The verdict on one object's hash chain ({@code IntegrityReport} in openapi/audit.yaml). */
@Serdeable
public record IntegrityReport(String aggregateType, String aggregateId, String verdict, long eventsChecked,
                              @Nullable Long lastSequenceNumber, @Nullable String lastHash, @Nullable Long brokenAt,
                              @Nullable String breach, String explanation) {

    public boolean intact() {
        return "INTACT".equals(verdict);
    }

    /** How the record is broken, in words. */
    public String breachWords() {
        return AuditWords.breach(breach);
    }

    /** The service's own explanation, with event types in words. */
    public String explanationWords() {
        return AuditWords.eventsIn(explanation);
    }
}
