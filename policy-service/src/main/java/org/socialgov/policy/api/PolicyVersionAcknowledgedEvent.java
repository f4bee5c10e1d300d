package org.socialgov.policy.api;

import java.time.Instant;

public record PolicyVersionAcknowledgedEvent(String policyId, String tenant, int versionNo, String personId,
                                             Instant acknowledgedAt, String channel) {
}
