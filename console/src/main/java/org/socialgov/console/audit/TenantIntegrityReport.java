package org.socialgov.console.audit;

import java.time.Instant;
import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** The verdict on every hash chain of the caller's tenant in one service. */
@Serdeable
public record TenantIntegrityReport(String tenant, String verdict, long aggregatesChecked, long eventsChecked,
                                    long brokenAggregates, List<IntegrityReport> broken, Instant checkedAt) {

    public boolean intact() {
        return "INTACT".equals(verdict);
    }
}
