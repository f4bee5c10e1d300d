package org.socialgov.incident.api;

/**
 * The two deadlines of an incident's handling, set by its severity's SLA: to triage the report, and to decide the
 * official response.
 */
public enum IncidentDeadline {
    TRIAGE,
    RESPONSE_DECISION
}
