package org.socialgov.console.policyadmin;

import java.util.List;

import io.micronaut.core.annotation.Nullable;

/** "Official accounts": one page of them, the status they are filtered by (none: all), and what the last form did. */
public record AccountsPage(Slice<AccountList.Account> accounts, @Nullable String status, @Nullable String notice) {

    public List<String> statuses() {
        return PolicyAdminChoices.ACCOUNT_STATUSES;
    }

    /** The list's address with its filter, for the pager. */
    public String address() {
        return "/policy-admin/official-accounts" + (status == null ? "" : "?status=" + status);
    }

    public String nextAddress() {
        return address() + (status == null ? "?" : "&") + "page=" + (accounts.page() + 1);
    }
}
