package org.socialgov.incident.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.socialgov.incident.api.PostReport;
import org.socialgov.incident.api.Reach;
import org.socialgov.incident.domain.IncidentRedaction;
import org.socialgov.incident.domain.IncidentState;
import org.socialgov.incident.query.IncidentSummary;
import org.socialgov.incident.web.generated.model.Escalation;
import org.socialgov.incident.web.generated.model.Evidence;
import org.socialgov.incident.web.generated.model.FollowUp;
import org.socialgov.incident.web.generated.model.ImitatedAccount;
import org.socialgov.incident.web.generated.model.Incident;
import org.socialgov.incident.web.generated.model.IncidentCategory;
import org.socialgov.incident.web.generated.model.IncidentReport;
import org.socialgov.incident.web.generated.model.IncidentStatus;
import org.socialgov.incident.web.generated.model.ReporterKind;
import org.socialgov.incident.web.generated.model.Sentiment;
import org.socialgov.incident.web.generated.model.Severity;
import org.socialgov.incident.web.generated.model.SocialPlatform;

/** Between the incident's domain records and the API's models; the enums share their names by design. */
final class IncidentModelMapper {

    /** What stands in for personal data the caller does not need: the same as in the redacted record. */
    static final String REDACTED = IncidentRedaction.REDACTED;

    private IncidentModelMapper() {
    }

    static PostReport toDomain(IncidentReport report) {
        return new PostReport(org.socialgov.incident.api.SocialPlatform.valueOf(report.getPlatform().name()),
            report.getPostUrl(), report.getAuthorHandle(), report.getPostedAt().toInstant(),
            report.getSeenAt().toInstant(), report.getExcerpt(),
            new org.socialgov.incident.api.Evidence(report.getEvidence().getSha256(),
                report.getEvidence().getLocation()),
            org.socialgov.incident.api.Sentiment.valueOf(report.getSentiment().name()),
            org.socialgov.incident.api.IncidentCategory.valueOf(report.getCategory().name()),
            toDomain(report.getReach()), report.getPolicyRules(), report.getContractId());
    }

    static Reach toDomain(org.socialgov.incident.web.generated.model.Reach reach) {
        return reach == null ? null : new Reach(reach.getFollowers(), reach.getReposts(), reach.getReplies());
    }

    static Incident toModel(IncidentState state, boolean redacted) {
        PostReport report = state.report();
        Incident incident = new Incident(state.incidentId(), IncidentStatus.valueOf(state.status().name()), redacted,
            SocialPlatform.valueOf(report.platform().name()), redacted ? REDACTED : report.postUrl(),
            redacted ? REDACTED : report.authorHandle(), time(report.postedAt()), time(report.seenAt()),
            redacted ? REDACTED : report.excerpt(),
            new Evidence(report.evidence().sha256(), report.evidence().location()),
            Sentiment.valueOf(report.sentiment().name()), IncidentCategory.valueOf(report.category().name()),
            toModel(report.reach()), List.copyOf(report.policyRules()), state.reporter().actor(),
            ReporterKind.valueOf(state.reporter().kind().name()), time(state.reportedAt()),
            severity(state.suggestedSeverity()), severity(state.severity()), time(state.triageDueBy()),
            state.escalations().stream().map(escalation -> new Escalation(
                org.socialgov.incident.web.generated.model.EscalationTarget.valueOf(escalation.to().name()),
                escalation.reason(), time(escalation.escalatedAt()))).toList(),
            state.sightings().size() + 1,
            state.followUps().stream().map(followUp -> new FollowUp(followUp.author(),
                redacted ? REDACTED : followUp.observation(), time(followUp.observedAt()))
                .reach(toModel(followUp.reach()))).toList());
        // Only the contract the service checked is shown: a contractId a report merely gave (by staff, before that
        // was refused) names nothing the report was made under.
        return incident.contractId(state.reporter().contractId())
            .possibleImpersonation(state.possibleImpersonationOf() == null ? null : new ImitatedAccount(
                SocialPlatform.valueOf(state.possibleImpersonationOf().platform().name()),
                state.possibleImpersonationOf().handle()))
            .severityReason(state.severityReason())
            .assignee(state.assignee())
            .triagedAt(time(state.triagedAt()))
            .timeToTriageSeconds(state.timeToTriage() == null ? null : state.timeToTriage().toSeconds())
            .decideDueBy(time(state.decideDueBy()))
            .decidedAt(time(state.decidedAt()))
            .timeToDecisionSeconds(state.timeToDecision() == null ? null : state.timeToDecision().toSeconds())
            .response(OfficialResponseMapper.toModel(state.response()))
            .noResponseReason(state.noResponseReason())
            .decidedBy(state.decidedBy())
            .resolution(state.resolution())
            .mergedInto(state.mergedInto());
    }

    static org.socialgov.incident.web.generated.model.IncidentSummary toModel(IncidentSummary summary) {
        return new org.socialgov.incident.web.generated.model.IncidentSummary(summary.incidentId(),
            IncidentStatus.valueOf(summary.status().name()), SocialPlatform.valueOf(summary.platform().name()),
            IncidentCategory.valueOf(summary.category().name()), Sentiment.valueOf(summary.sentiment().name()),
            severity(summary.severity()), time(summary.reportedAt()), summary.sightings())
            .nextDueBy(time(summary.nextDueBy()))
            .mergedInto(summary.mergedInto());
    }

    static Severity severity(org.socialgov.incident.api.Severity severity) {
        return severity == null ? null : Severity.valueOf(severity.name());
    }

    /** The domain's value of the same name as the API's, or null for none. */
    static <E extends Enum<E>> E toDomain(Enum<?> value, Class<E> domainType) {
        return value == null ? null : Enum.valueOf(domainType, value.name());
    }

    private static org.socialgov.incident.web.generated.model.Reach toModel(Reach reach) {
        return reach == null ? null
            : new org.socialgov.incident.web.generated.model.Reach(reach.followers(), reach.reposts(), reach.replies());
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
