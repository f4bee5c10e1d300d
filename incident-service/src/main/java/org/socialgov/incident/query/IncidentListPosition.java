package org.socialgov.incident.query;

import java.time.Instant;

/**
 * Where a page of an incident list ends. Lists run newest first; incidents reported in the same millisecond follow
 * each other in id order, so that every incident has exactly one place in the list.
 */
public record IncidentListPosition(Instant reportedAt, String incidentId) {
}
