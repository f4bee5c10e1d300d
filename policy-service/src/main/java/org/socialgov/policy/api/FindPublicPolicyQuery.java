package org.socialgov.policy.api;

import java.time.LocalDate;

/** What anyone may read of a company's policy on a date: the version in force and the official accounts. */
public record FindPublicPolicyQuery(String tenant, LocalDate on) {
}
