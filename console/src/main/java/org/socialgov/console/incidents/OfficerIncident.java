package org.socialgov.console.incidents;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /api/incidents/{id}} as a compliance officer reads it: the report as written and its handling. */
@Serdeable
public record OfficerIncident(String incidentId, String status, String platform, @Nullable String postUrl,
                              @Nullable String authorHandle, @Nullable Instant postedAt, @Nullable Instant seenAt,
                              @Nullable String excerpt, String sentiment, String category, @Nullable Reach reach,
                              @Nullable List<Integer> policyRules, @Nullable ImitatedAccount possibleImpersonation,
                              @Nullable String reportedBy, @Nullable String reporterKind, @Nullable Instant reportedAt,
                              @Nullable String suggestedSeverity, @Nullable String severity,
                              @Nullable String severityReason, @Nullable String assignee,
                              @Nullable Instant triageDueBy, @Nullable Instant decideDueBy,
                              @Nullable List<Escalation> escalations, @Nullable Response response,
                              @Nullable String noResponseReason, @Nullable String decidedBy,
                              @Nullable String resolution, int sightings, @Nullable List<FollowUp> followUps,
                              @Nullable String mergedInto) {

    @Serdeable
    public record Reach(long followers, long reposts, long replies) {
    }

    @Serdeable
    public record ImitatedAccount(String platform, String handle) {
    }

    @Serdeable
    public record Escalation(String to, @Nullable String reason, @Nullable Instant escalatedAt) {
    }

    @Serdeable
    public record Response(String channel, @Nullable String platform, @Nullable String handle, String text,
                           String link) {
    }

    @Serdeable
    public record FollowUp(@Nullable String author, @Nullable String observation, @Nullable Instant observedAt) {
    }

    /** The deadline now running: to triage while reported, to decide while triaged or escalated; none after. */
    public @Nullable Deadline runningDeadline(Instant now) {
        return Deadline.running(status, "REPORTED".equals(status) ? triageDueBy : decideDueBy, now);
    }

    public List<Escalation> escalationsOrNone() {
        return escalations == null ? List.of() : escalations;
    }

    public List<FollowUp> followUpsOrNone() {
        return followUps == null ? List.of() : followUps;
    }
}
