package org.socialgov.policy.api;

import java.time.LocalDate;

/** A former employee joined the company again, with a standing, on a day. */
public record StaffMemberRejoinedEvent(String staffMemberId, Standing standing, LocalDate since) {
}
