package org.socialgov.policy.api;

/** The company's roster, or only the people of one standing when {@code standing} is not null. */
public record ListStaffQuery(String tenant, Standing standing) {
}
