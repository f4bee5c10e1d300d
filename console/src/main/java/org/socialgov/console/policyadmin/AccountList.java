package org.socialgov.console.policyadmin;

import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /api/official-accounts}: every account the company registered, by platform and handle. */
@Serdeable
public record AccountList(List<Account> items) {

    @Serdeable
    public record Account(String accountId, String platform, String handle, String url, String purpose,
                          LocalDate since, @Nullable LocalDate retiredOn, String status) {
    }
}
