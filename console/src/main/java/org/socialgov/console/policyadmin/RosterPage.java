package org.socialgov.console.policyadmin;

import java.util.List;

import io.micronaut.core.annotation.Nullable;

/** "Roster": one page of the staff, the standing it is filtered by (none: everyone), and whether it is the first. */
public record RosterPage(StaffRoster roster, @Nullable String standing, boolean first) {

    public List<String> standings() {
        return PolicyAdminChoices.STANDINGS;
    }

    /** The list's address with its filter, for the pager. */
    public String address() {
        return "/policy-admin/roster" + (standing == null ? "" : "?standing=" + standing);
    }

    public String nextAddress() {
        return address() + (standing == null ? "?" : "&") + "cursor=" + roster.nextCursor();
    }
}
