package org.socialgov.contract.api;

import java.util.List;
import java.util.stream.Stream;

/**
 * When a contract's deadlines are reminded of: the numbers of days left (the deadline's own day counted) at which a
 * warning goes out, before the renewal cancel-by date passes and before the term ends. Settings of the service.
 */
public record ContractReminderLeadTimes(List<Integer> cancelByDays, List<Integer> termEndDays) {

    public ContractReminderLeadTimes {
        cancelByDays = List.copyOf(cancelByDays);
        termEndDays = List.copyOf(termEndDays);
    }

    /** The longest lead time of either deadline, in days: no reminder is due earlier than that. */
    public int longestDays() {
        return Stream.concat(cancelByDays.stream(), termEndDays.stream())
            .mapToInt(Integer::intValue).max().orElse(0);
    }
}
