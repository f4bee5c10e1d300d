package org.socialgov.incident.query;

import java.time.Instant;

import org.socialgov.incident.api.IncidentCategory;
import org.socialgov.incident.api.IncidentStatus;
import org.socialgov.incident.api.Sentiment;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.api.SocialPlatform;

/**
 * An incident in a list: what it is about and where its handling stands, without the personal data of the report
 * (lists are read often and by many, so they carry none and need no record of the read). {@code nextDueBy} is the
 * deadline now running: to triage while reported, to decide while triaged or escalated, none after.
 */
public record IncidentSummary(String incidentId, IncidentStatus status, SocialPlatform platform,
                              IncidentCategory category, Sentiment sentiment, Severity severity,
                              Instant reportedAt, Instant nextDueBy, int sightings, String mergedInto) {
}
