package org.socialgov.incident.api;

/**
 * What became of a report: a new incident, or a sighting of an existing one ({@code duplicateOf} names the incident
 * that carries the story: the incident itself, or the one it was merged into), and the severity the rules suggest
 * for the incident, which the reporter's receipt shows (answered here so that the receipt needs no second read).
 */
public record ReportOutcome(String incidentId, boolean newIncident, String duplicateOf, int sightings,
                            Severity suggestedSeverity) {
}
