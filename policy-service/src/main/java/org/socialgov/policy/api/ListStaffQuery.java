package org.socialgov.policy.api;

/**
 * A page of the company's roster in person id order, or only of the people of one standing when {@code standing}
 * is not null; {@code after} is the last person id of the previous page.
 */
public record ListStaffQuery(String tenant, Standing standing, int limit, String after) {
}
