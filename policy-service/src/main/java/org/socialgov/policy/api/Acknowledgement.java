package org.socialgov.policy.api;

import java.time.Instant;

/** Who acknowledged a version, when, and from where. */
public record Acknowledgement(String personId, Instant acknowledgedAt, String channel) {
}
