package org.socialgov.policy.api;

/**
 * One person's entry in the company's roster, read from their own record. {@code ownEntryOnlyFor} is the person
 * asking when they may read only their own entry (an employee), or null for those who read every entry.
 */
public record FindStaffMemberQuery(String tenant, String personId, String ownEntryOnlyFor) {
}
