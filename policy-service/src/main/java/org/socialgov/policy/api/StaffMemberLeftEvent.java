package org.socialgov.policy.api;

import java.time.LocalDate;

/** A person left the company on a day and is a former employee from then on. */
public record StaffMemberLeftEvent(String staffMemberId, Standing lastStanding, LocalDate leftOn) {
}
