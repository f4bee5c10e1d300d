package org.socialgov.contract.api;

/** The company a party's position would pass to. */
public record Assignee(String companyId, String name) {
}
