package org.socialgov.incident.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.socialgov.incident.api.Severity;

/**
 * How long the managing department has, by severity, to triage a report (counted from the report) and to decide the
 * response (counted from the report, or from the reopening). Configured per deployment; the defaults are the ones
 * the department agreed: P1 1 h / 4 h, P2 4 h / 24 h, P3 24 h / 72 h, P4 72 h / 7 d, P5 7 d / 30 d.
 */
public final class IncidentSla {

    /** The two allowances of one severity. */
    public record Allowance(Duration triage, Duration decide) {
    }

    private final Map<Severity, Allowance> allowances;

    public IncidentSla(Map<Severity, Allowance> allowances) {
        for (Severity severity : Severity.values()) {
            if (!allowances.containsKey(severity)) {
                throw new IllegalArgumentException("No SLA for " + severity);
            }
        }
        this.allowances = new EnumMap<>(allowances);
    }

    public static IncidentSla defaults() {
        Map<Severity, Allowance> allowances = new EnumMap<>(Severity.class);
        allowances.put(Severity.P1, new Allowance(Duration.ofHours(1), Duration.ofHours(4)));
        allowances.put(Severity.P2, new Allowance(Duration.ofHours(4), Duration.ofHours(24)));
        allowances.put(Severity.P3, new Allowance(Duration.ofHours(24), Duration.ofHours(72)));
        allowances.put(Severity.P4, new Allowance(Duration.ofHours(72), Duration.ofDays(7)));
        allowances.put(Severity.P5, new Allowance(Duration.ofDays(7), Duration.ofDays(30)));
        return new IncidentSla(allowances);
    }

    public Allowance of(Severity severity) {
        return allowances.get(severity);
    }

    public Instant triageDueBy(Severity severity, Instant reportedAt) {
        return reportedAt.plus(of(severity).triage());
    }

    public Instant decideDueBy(Severity severity, Instant from) {
        return from.plus(of(severity).decide());
    }
}
