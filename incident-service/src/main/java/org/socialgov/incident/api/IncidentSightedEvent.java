package org.socialgov.incident.api;

import java.time.Instant;

/** The post of an existing incident was reported again: one more sighting, with the reach seen then. */
public record IncidentSightedEvent(String incidentId, String postUrl, Reporter reporter, Instant seenAt, Reach reach,
                                   Instant reportedAt) {
}
