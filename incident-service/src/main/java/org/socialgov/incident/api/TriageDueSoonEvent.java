package org.socialgov.incident.api;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.socialgov.platform.process.Reminder;

/**
 * The incident's triage is due soon: the managing department was reminded {@code leadTime} before the deadline its
 * severity's SLA set. The lead time is recorded as written in ISO 8601 ({@code PT15M}), as a reader expects it.
 */
public record TriageDueSoonEvent(String incidentId, Severity severity, Instant triageDueBy,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) Duration leadTime,
                                 Instant remindedAt) implements IncidentDeadlineReminderEvent {

    @Override
    public IncidentDeadline deadline() {
        return IncidentDeadline.TRIAGE;
    }

    @Override
    public Reminder reminder() {
        return new Reminder(triageDueBy, leadTime);
    }
}
