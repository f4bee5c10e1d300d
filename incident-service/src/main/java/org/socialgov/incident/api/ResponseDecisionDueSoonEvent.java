package org.socialgov.incident.api;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.socialgov.platform.process.Reminder;

/**
 * The incident's response decision is due soon: its assignee and the managing department were reminded
 * {@code leadTime} (ISO 8601, e.g. {@code PT6H}) before the deadline its severity's SLA set.
 */
public record ResponseDecisionDueSoonEvent(String incidentId, Severity severity, String assignee,
                                           Instant decideDueBy,
                                           @JsonFormat(shape = JsonFormat.Shape.STRING) Duration leadTime,
                                           Instant remindedAt) implements IncidentDeadlineReminderEvent {

    @Override
    public IncidentDeadline deadline() {
        return IncidentDeadline.RESPONSE_DECISION;
    }

    @Override
    public Reminder reminder() {
        return new Reminder(decideDueBy, leadTime);
    }
}
