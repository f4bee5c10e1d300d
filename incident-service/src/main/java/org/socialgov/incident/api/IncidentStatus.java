package org.socialgov.incident.api;

/** Where an incident stands in its handling; MERGED means another incident carries the story on. */
public enum IncidentStatus {
    REPORTED,
    TRIAGED,
    ESCALATED,
    RESPONSE_DECIDED,
    RESOLVED,
    CLOSED,
    MERGED
}
