package org.socialgov.console.employee;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /api/official-accounts?status=ACTIVE}: the accounts that speak for the company today. */
@Serdeable
public record OfficialAccounts(List<Account> items) {

    @Serdeable
    public record Account(String platform, String handle, String url, @Nullable String purpose) {
    }
}
