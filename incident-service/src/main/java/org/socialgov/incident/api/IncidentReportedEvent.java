package org.socialgov.incident.api;

import java.time.Instant;

/**
 * A post was reported for the first time and an incident opened for it, with the severity the rules suggest, the
 * deadline to triage that severity gives, and the official account its author seems to imitate (null: none).
 */
public record IncidentReportedEvent(String incidentId, String tenant, String normalisedUrl, PostReport report,
                                    Reporter reporter, Severity suggestedSeverity, Instant reportedAt,
                                    Instant triageDueBy, ImitatedAccount possibleImpersonationOf) {
}
