package org.socialgov.policy.api;

import java.time.Instant;

/** The policy as it stands now, or (with a version or an instant) as it was then. */
public record FindPolicyQuery(String policyId, String tenant, Long version, Instant asOf) {
}
