package org.socialgov.incident.api;

import java.time.Instant;

import org.socialgov.platform.process.Reminder;

/**
 * No response was decided by the deadline the incident's severity's SLA set: its assignee and the managing
 * department were told.
 */
public record ResponseDecisionDeadlineBreachedEvent(String incidentId, Severity severity, String assignee,
                                                    Instant decideDueBy, Instant remindedAt)
    implements IncidentDeadlineReminderEvent {

    @Override
    public IncidentDeadline deadline() {
        return IncidentDeadline.RESPONSE_DECISION;
    }

    @Override
    public Reminder reminder() {
        return new Reminder(decideDueBy, null);
    }
}
