package org.socialgov.incident.api;

import java.time.Instant;

/** A follow-up observation on an incident. */
public record FollowUp(String author, String observation, Reach reach, Instant observedAt) {
}
