package org.socialgov.incident.api;

import java.time.Instant;

/** The incident was triaged: its severity (with the reason if it overrules the suggestion), assignee and deadline. */
public record IncidentTriagedEvent(String incidentId, Severity severity, String severityReason, String assignee,
                                   Instant triagedAt, Instant decideDueBy) {
}
