package org.socialgov.incident.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.socialgov.incident.api.IncidentDeadline;
import org.socialgov.incident.api.IncidentDeadlineReminderEvent;
import org.socialgov.incident.api.Severity;
import org.socialgov.platform.process.DeadlineReminders;
import org.socialgov.platform.process.Reminder;

/**
 * When the managing department is reminded of an incident's deadline: once it is due soon, and once it is breached.
 * "Due soon" is the last quarter of the severity's allowance unless configured otherwise: a P1's triage 15 min
 * before its deadline, its decision 1 h before; a P5's triage 42 h, its decision 7.5 d before. A share rather than
 * one fixed time, because the allowances run from 1 h to 30 d: a fixed 2 h would warn of a P1 the moment it is
 * reported, and of a P5 far too late to act.
 */
public final class IncidentDeadlineReminders {

    /** How long before each deadline of one severity it counts as due soon; zero for no such warning. */
    public record DueSoon(Duration triage, Duration responseDecision) {
    }

    private final Map<Severity, DueSoon> dueSoon;

    /**
     * With {@code dueSoon} per severity. A lead time as long as its allowance or longer would warn the moment the
     * deadline is set: a configuration error.
     */
    public IncidentDeadlineReminders(IncidentSla sla, Map<Severity, DueSoon> dueSoon) {
        for (Severity severity : Severity.values()) {
            DueSoon lead = dueSoon.get(severity);
            if (lead == null) {
                throw new IllegalArgumentException("No due-soon lead times for " + severity);
            }
            requireWithin(severity, "triage", lead.triage(), sla.of(severity).triage());
            requireWithin(severity, "decide", lead.responseDecision(), sla.of(severity).decide());
        }
        this.dueSoon = new EnumMap<>(dueSoon);
    }

    /** Due soon in the last quarter of each allowance of {@code sla}. */
    public static IncidentDeadlineReminders lastQuarterOf(IncidentSla sla) {
        Map<Severity, DueSoon> dueSoon = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            dueSoon.put(severity, lastQuarterOf(sla.of(severity)));
        }
        return new IncidentDeadlineReminders(sla, dueSoon);
    }

    public static DueSoon lastQuarterOf(IncidentSla.Allowance allowance) {
        return new DueSoon(allowance.triage().dividedBy(4), allowance.decide().dividedBy(4));
    }

    public Duration dueSoon(IncidentDeadline deadline, Severity severity) {
        DueSoon lead = dueSoon.get(severity);
        return deadline == IncidentDeadline.TRIAGE ? lead.triage() : lead.responseDecision();
    }

    /**
     * The reminder of {@code deadline}, falling at {@code dueBy} for an incident of {@code severity}, that is due at
     * {@code now} and not among {@code recorded} (the keys of the reminders of that deadline already recorded).
     */
    public Optional<Reminder> dueAt(IncidentDeadline deadline, Severity severity, Instant dueBy, Instant now,
                                    Set<String> recorded) {
        Duration lead = dueSoon(deadline, severity);
        return DeadlineReminders.warningsAndPassed(lead.isZero() ? List.of() : List.of(lead))
            .dueAt(dueBy, now, recorded);
    }

    /**
     * The event that records the reminder of the incident's running deadline due at {@code now}, if one is due and
     * neither it nor a more urgent one of that deadline is among those {@code recorded}.
     */
    public Optional<IncidentDeadlineReminderEvent> dueAt(IncidentState incident, RemindersRecorded recorded,
                                                         Instant now) {
        return HandlingDeadlines.runningIn(incident.status()).flatMap(deadline -> dueAt(deadline,
                incident.severity(), dueBy(incident, deadline), now, Set.copyOf(recorded.of(deadline)))
            .map(reminder -> IncidentDeadlineReminderEvent.of(incident.incidentId(), deadline, reminder,
                incident.severity(), incident.assignee(), now)));
    }

    private static Instant dueBy(IncidentState incident, IncidentDeadline deadline) {
        return deadline == IncidentDeadline.TRIAGE ? incident.triageDueBy() : incident.decideDueBy();
    }

    private static void requireWithin(Severity severity, String deadline, Duration lead, Duration allowance) {
        if (lead == null || lead.isNegative() || !lead.isZero() && lead.compareTo(allowance) >= 0) {
            throw new IllegalArgumentException("The due-soon lead time to " + deadline + " a " + severity
                + " incident must be shorter than its allowance of " + allowance + " (0 for none): " + lead);
        }
    }
}
