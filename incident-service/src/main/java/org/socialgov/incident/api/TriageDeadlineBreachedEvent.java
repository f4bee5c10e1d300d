package org.socialgov.incident.api;

import java.time.Instant;

import org.socialgov.platform.process.Reminder;

/** The incident was not triaged by the deadline its severity's SLA set: the managing department was told. */
public record TriageDeadlineBreachedEvent(String incidentId, Severity severity, Instant triageDueBy,
                                          Instant remindedAt) implements IncidentDeadlineReminderEvent {

    @Override
    public IncidentDeadline deadline() {
        return IncidentDeadline.TRIAGE;
    }

    @Override
    public Reminder reminder() {
        return new Reminder(triageDueBy, null);
    }
}
