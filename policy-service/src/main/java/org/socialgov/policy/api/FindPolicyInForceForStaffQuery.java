package org.socialgov.policy.api;

import java.time.LocalDate;

/** The company's policy in force on a day as a person on its staff reads it, with what that person acknowledged. */
public record FindPolicyInForceForStaffQuery(String tenant, String personId, LocalDate on) {
}
