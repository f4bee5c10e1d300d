package org.socialgov.incident.domain;

import java.util.HashSet;
import java.util.Set;

import org.socialgov.incident.api.IncidentDeadline;
import org.socialgov.incident.api.IncidentDeadlineReminderEvent;

/**
 * The reminders an incident's record holds, by deadline, each named by its key (the deadline's moment and the
 * stage): a deadline that moves has none yet. Kept apart per deadline, since a triage and a decision deadline can
 * fall at the same moment (a P3 report triaged as P2 must be decided 24 h after the report, when its triage was due).
 */
public class RemindersRecorded {

    private final Set<String> triage = new HashSet<>();
    private final Set<String> responseDecision = new HashSet<>();

    public void add(IncidentDeadlineReminderEvent event) {
        of(event.deadline()).add(event.reminder().key());
    }

    public Set<String> of(IncidentDeadline deadline) {
        return deadline == IncidentDeadline.TRIAGE ? triage : responseDecision;
    }
}
