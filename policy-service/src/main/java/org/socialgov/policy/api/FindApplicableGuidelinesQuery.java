package org.socialgov.policy.api;

import java.time.LocalDate;

/** The rules of the version in force on a date that bind a standing, or a person of the roster. */
public record FindApplicableGuidelinesQuery(String policyId, String tenant, Standing standing, String personId,
                                            LocalDate on) {
}
