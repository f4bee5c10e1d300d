package org.socialgov.console.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialgov.console.audit.AuditWords;

/** The deadline watch's reminders on an incident's timeline and in the auditor's words. */
class ReminderTimelineTest {

    private static final Instant AT = Instant.parse("2026-12-03T08:45:00Z");

    @Test
    void givenTheWatchsReminders_thenTheTimelineSaysWhoWasRemindedOfWhatAndByWhen() {
        Timeline timeline = Timeline.of(new IncidentHistory(List.of(
            reminder("TriageDueSoonEvent", Map.of("triageDueBy", "2026-12-03T09:00:00Z")),
            reminder("ResponseDecisionDeadlineBreachedEvent", Map.of("assignee", "hanako",
                "decideDueBy", "2026-12-03T12:00:00Z"))), null));

        assertEquals(List.of("Reminded that triage is due soon, by 2026-12-03T09:00:00Z",
                "Reminded hanako that the response decision is overdue: it was due by 2026-12-03T12:00:00Z"),
            timeline.entries().stream().map(Timeline.Entry::what).toList());
        assertEquals("system:incident-deadline-watch (system)", timeline.entries().get(0).who());
    }

    @Test
    void givenTheReminderEventTypes_thenAuditorsReadThemInWords() {
        assertEquals("Reminder: triage due soon", AuditWords.event("TriageDueSoonEvent"));
        assertEquals("Reminder: triage overdue", AuditWords.event("TriageDeadlineBreachedEvent"));
        assertEquals("Reminder: response decision due soon", AuditWords.event("ResponseDecisionDueSoonEvent"));
        assertEquals("Reminder: response decision overdue",
            AuditWords.event("ResponseDecisionDeadlineBreachedEvent"));
    }

    private static IncidentHistory.Event reminder(String type, Map<String, Object> payload) {
        return new IncidentHistory.Event(1, type, AT, "system:incident-deadline-watch", "SYSTEM", null, payload);
    }
}
