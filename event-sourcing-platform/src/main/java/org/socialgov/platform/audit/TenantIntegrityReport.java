package org.socialgov.platform.audit;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** The verdict on every aggregate of one tenant in a service: how much was checked and each broken chain. */
@Serdeable
public record TenantIntegrityReport(String tenant, IntegrityReport.Verdict verdict, long aggregatesChecked,
                                    long eventsChecked, long brokenAggregates,
                                    @JsonInclude(JsonInclude.Include.ALWAYS) List<IntegrityReport> broken,
                                    Instant checkedAt) {
}
