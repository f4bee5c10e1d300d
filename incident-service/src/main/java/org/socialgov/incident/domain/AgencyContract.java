package org.socialgov.incident.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What this service knows of one contract between the company and an agency, from contract-service's record: when
 * it came into force, the first day it no longer binds (termination or expiry; null while it runs), and what its
 * scope said about mention monitoring from which day (amendments change the scope from their effective date).
 */
public record AgencyContract(String contractId, LocalDate inForceFrom, LocalDate noLongerInForceFrom,
                             List<ScopeFrom> scope) {

    public AgencyContract {
        scope = scope == null ? List.of() : List.copyOf(scope);
    }

    /** Signed and in force on the day: not before its first day, not on or after its end. */
    public boolean inForceOn(LocalDate day) {
        return inForceFrom != null && !day.isBefore(inForceFrom)
            && (noLongerInForceFrom == null || day.isBefore(noLongerInForceFrom));
    }

    /** Whether the scope in effect on the day includes mention monitoring and reporting. */
    public boolean monitorsMentionsOn(LocalDate day) {
        return scope.stream()
            .filter(change -> change.from() == null || !change.from().isAfter(day))
            .max(Comparator.comparing(ScopeFrom::from, Comparator.nullsFirst(Comparator.naturalOrder())))
            .map(ScopeFrom::includesMentionMonitoring)
            .orElse(false);
    }

    /** The scope as agreed from a day on (null: from the start). */
    public record ScopeFrom(LocalDate from, boolean includesMentionMonitoring) {
    }
}
