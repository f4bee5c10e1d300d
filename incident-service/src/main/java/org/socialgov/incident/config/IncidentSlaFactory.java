package org.socialgov.incident.config;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.domain.IncidentDeadlineReminders;
import org.socialgov.incident.domain.IncidentSla;

/**
 * The SLA table the incidents are handled by, and when their deadlines' reminders fall: the defaults, overridden per
 * severity by configuration.
 */
@Factory
public class IncidentSlaFactory {

    @Singleton
    IncidentSla incidentSla(List<SeveritySlaSettings> settings) {
        IncidentSla defaults = IncidentSla.defaults();
        Map<Severity, IncidentSla.Allowance> allowances = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            allowances.put(severity, defaults.of(severity));
        }
        for (SeveritySlaSettings configured : settings) {
            Severity severity = severityOf(configured);
            IncidentSla.Allowance current = allowances.get(severity);
            allowances.put(severity, new IncidentSla.Allowance(
                configured.getTriage() == null ? current.triage() : configured.getTriage(),
                configured.getDecide() == null ? current.decide() : configured.getDecide()));
        }
        return new IncidentSla(allowances);
    }

    @Singleton
    IncidentDeadlineReminders incidentDeadlineReminders(IncidentSla sla, List<SeveritySlaSettings> settings) {
        Map<Severity, IncidentDeadlineReminders.DueSoon> dueSoon = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            dueSoon.put(severity, IncidentDeadlineReminders.lastQuarterOf(sla.of(severity)));
        }
        for (SeveritySlaSettings configured : settings) {
            Severity severity = severityOf(configured);
            IncidentDeadlineReminders.DueSoon current = dueSoon.get(severity);
            dueSoon.put(severity, new IncidentDeadlineReminders.DueSoon(
                configured.getTriageDueSoon() == null ? current.triage() : configured.getTriageDueSoon(),
                configured.getDecideDueSoon() == null ? current.responseDecision() : configured.getDecideDueSoon()));
        }
        return new IncidentDeadlineReminders(sla, dueSoon);
    }

    private static Severity severityOf(SeveritySlaSettings configured) {
        // Configuration keys arrive lower-cased (p1); the severities are named P1..P5.
        return Severity.valueOf(configured.getSeverity().toUpperCase(Locale.ROOT));
    }
}
