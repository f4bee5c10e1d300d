package org.socialgov.incident.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.socialgov.incident.api.Escalation;
import org.socialgov.incident.api.FollowUp;
import org.socialgov.incident.api.ImitatedAccount;
import org.socialgov.incident.api.IncidentStatus;
import org.socialgov.incident.api.OfficialResponse;
import org.socialgov.incident.api.PostReport;
import org.socialgov.incident.api.Reporter;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.api.Sighting;

/** An incident as its events left it. */
public record IncidentState(String incidentId, String tenant, IncidentStatus status, PostReport report,
                            Reporter reporter, Instant reportedAt, Severity suggestedSeverity, Severity severity,
                            String severityReason, String assignee, Instant triageDueBy, Instant triagedAt,
                            Instant decideDueBy, Instant decidedAt, List<Escalation> escalations,
                            OfficialResponse response, String noResponseReason, String decidedBy,
                            String resolution, List<Sighting> sightings, List<FollowUp> followUps,
                            String mergedInto, ImitatedAccount possibleImpersonationOf) {

    public IncidentState {
        escalations = List.copyOf(escalations);
        sightings = List.copyOf(sightings);
        followUps = List.copyOf(followUps);
    }

    /** From the report to the first triage; null until triaged. */
    public Duration timeToTriage() {
        return triagedAt == null ? null : Duration.between(reportedAt, triagedAt);
    }

    /** From the report to the first response decision; null until decided. */
    public Duration timeToDecision() {
        return decidedAt == null ? null : Duration.between(reportedAt, decidedAt);
    }

    /** Whether the person reported the post: first, or in a sighting. */
    public boolean reportedBy(String actor) {
        return reporter.actor().equals(actor)
            || sightings.stream().anyMatch(sighting -> sighting.reporter().actor().equals(actor));
    }
}
