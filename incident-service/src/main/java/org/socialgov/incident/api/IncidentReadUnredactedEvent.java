package org.socialgov.incident.api;

import java.time.Instant;

/** Someone read the report with its personal data (author handle, excerpt): need-to-know reads are on the record. */
public record IncidentReadUnredactedEvent(String incidentId, String reader, Instant readAt) {
}
