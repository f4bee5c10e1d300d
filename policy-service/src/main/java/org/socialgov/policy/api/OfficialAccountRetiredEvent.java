package org.socialgov.policy.api;

import java.time.LocalDate;

/** An official account stopped speaking for the company on {@code retiredOn} (and after). */
public record OfficialAccountRetiredEvent(String accountId, LocalDate retiredOn, String reason) {
}
