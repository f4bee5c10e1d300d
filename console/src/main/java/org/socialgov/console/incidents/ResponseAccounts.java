package org.socialgov.console.incidents;

import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code GET /api/official-accounts?status=ACTIVE} (policy-service): the company's official accounts today, the only
 * accounts a response may be given on.
 */
@Serdeable
public record ResponseAccounts(List<Account> items) {

    @Serdeable
    public record Account(String accountId, String platform, String handle, String url, @Nullable String purpose) {
    }

    Optional<Account> byId(String accountId) {
        return items.stream().filter(account -> account.accountId().equals(accountId)).findFirst();
    }
}
