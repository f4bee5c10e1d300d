package org.socialgov.incident.config;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.domain.IncidentSla;

/** The SLA table the incidents are handled by: the defaults, overridden per severity by configuration. */
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
            // Configuration keys arrive lower-cased (p1); the severities are named P1..P5.
            Severity severity = Severity.valueOf(configured.getSeverity().toUpperCase(Locale.ROOT));
            IncidentSla.Allowance current = allowances.get(severity);
            allowances.put(severity, new IncidentSla.Allowance(
                configured.getTriage() == null ? current.triage() : configured.getTriage(),
                configured.getDecide() == null ? current.decide() : configured.getDecide()));
        }
        return new IncidentSla(allowances);
    }
}
