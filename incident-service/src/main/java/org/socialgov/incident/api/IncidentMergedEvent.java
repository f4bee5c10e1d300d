package org.socialgov.incident.api;

import java.time.Instant;

/** The incident was merged into the survivor, which carries the story on; this one is closed to handling. */
public record IncidentMergedEvent(String incidentId, String survivorId, String reason, Instant mergedAt) {
}
