package org.socialgov.console.contracts;

import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /api/contracts}: a page of the company's contracts, in the order asked for ({@link ContractSort}). */
@Serdeable
public record ContractList(List<Summary> items, @Nullable String nextCursor) {

    @Serdeable
    public record Summary(String contractId, String title, String status, String providerId, String providerName,
                          @Nullable LocalDate termStart, @Nullable LocalDate termEnd,
                          @Nullable LocalDate cancelBy, long version) {
    }
}
