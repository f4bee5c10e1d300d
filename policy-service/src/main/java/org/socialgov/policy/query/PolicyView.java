package org.socialgov.policy.query;

import org.socialgov.policy.domain.PolicyState;

/** The policy as the aggregate holds it, with the version (sequence number of its latest event) it was read at. */
public record PolicyView(PolicyState policy, long version) {
}
