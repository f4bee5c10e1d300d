package org.socialgov.policy.api;

import java.time.LocalDate;

/** A person joined the company (the tenant) with a standing on a day, and is on its roster. */
public record StaffMemberRegisteredEvent(String staffMemberId, String tenant, String personId, String name,
                                         Standing standing, LocalDate since) {
}
