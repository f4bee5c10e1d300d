package org.socialgov.policy.query;

import java.util.List;

/** A page of the roster and the person id to continue after, if there are more. */
public record RosterPage(List<RosterEntry> items, String lastPersonIdIfMore) {

    public RosterPage {
        items = List.copyOf(items);
    }
}
