package org.socialgov.incident.api;

import java.time.Duration;
import java.time.Instant;

import org.socialgov.platform.process.Reminder;
import org.socialgov.platform.process.ReminderEvent;


/**
 * A reminder of one of an incident's deadlines, as recorded: which deadline, and which of its reminders (a warning
 * some lead time before it, or the notice that it was breached). What the incident and its read models keep to record
 * each reminder once.
 */
public interface IncidentDeadlineReminderEvent extends ReminderEvent {

    String incidentId();

    IncidentDeadline deadline();

    Reminder reminder();

    /** The event that records {@code reminder} of the incident's {@code deadline}, named as the business names it. */
    static IncidentDeadlineReminderEvent of(String incidentId, IncidentDeadline deadline, Reminder reminder,
                                            Severity severity, String assignee, Instant remindedAt) {
        Instant dueBy = reminder.deadline();
        Duration leadTime = reminder.leadTime();
        if (deadline == IncidentDeadline.TRIAGE) {
            return reminder.passed() ? new TriageDeadlineBreachedEvent(incidentId, severity, dueBy, remindedAt)
                : new TriageDueSoonEvent(incidentId, severity, dueBy, leadTime, remindedAt);
        }
        return reminder.passed()
            ? new ResponseDecisionDeadlineBreachedEvent(incidentId, severity, assignee, dueBy, remindedAt)
            : new ResponseDecisionDueSoonEvent(incidentId, severity, assignee, dueBy, leadTime, remindedAt);
    }
}
