package org.socialgov.policy.query;

import org.socialgov.policy.domain.StaffMemberState;

/** A person's staff record as it stands, with the version (the sequence number of its latest event) read. */
public record StaffMemberView(StaffMemberState staffMember, long version) {
}
