package org.socialgov.incident.config;

import java.time.Duration;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/**
 * The SLA of one severity, from {@code socialgov.incidents.sla.<severity>.triage} and {@code ...decide} (durations
 * such as {@code 1h}, {@code 7d}). A severity not configured keeps its default (see {@code IncidentSla}). With
 * {@code ...triage-due-soon} and {@code ...decide-due-soon}, how long before each deadline its reminder says it is due
 * soon (default: the last quarter of the allowance, see {@code IncidentDeadlineReminders}).
 */
@EachProperty("socialgov.incidents.sla")
public class SeveritySlaSettings {

    private final String severity;
    private Duration triage;
    private Duration decide;
    private Duration triageDueSoon;
    private Duration decideDueSoon;

    public SeveritySlaSettings(@Parameter String severity) {
        this.severity = severity;
    }

    public String getSeverity() {
        return severity;
    }

    public Duration getTriage() {
        return triage;
    }

    public void setTriage(Duration triage) {
        this.triage = triage;
    }

    public Duration getDecide() {
        return decide;
    }

    public void setDecide(Duration decide) {
        this.decide = decide;
    }

    public Duration getTriageDueSoon() {
        return triageDueSoon;
    }

    public void setTriageDueSoon(Duration triageDueSoon) {
        this.triageDueSoon = triageDueSoon;
    }

    public Duration getDecideDueSoon() {
        return decideDueSoon;
    }

    public void setDecideDueSoon(Duration decideDueSoon) {
        this.decideDueSoon = decideDueSoon;
    }
}
