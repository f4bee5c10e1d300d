package org.socialgov.incident.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.socialgov.incident.api.AddFollowUpCommand;
import org.socialgov.incident.api.CloseIncidentCommand;
import org.socialgov.incident.api.DecideResponseCommand;
import org.socialgov.incident.api.EscalateIncidentCommand;
import org.socialgov.incident.api.Escalation;
import org.socialgov.incident.api.FollowUp;
import org.socialgov.incident.api.FollowUpObservationAddedEvent;
import org.socialgov.incident.api.IncidentDeadlineReminderEvent;
import org.socialgov.incident.api.IncidentClosedEvent;
import org.socialgov.incident.api.IncidentEscalatedEvent;
import org.socialgov.incident.api.IncidentMergedEvent;
import org.socialgov.incident.api.IncidentReadUnredactedEvent;
import org.socialgov.incident.api.IncidentReopenedEvent;
import org.socialgov.incident.api.IncidentReportedEvent;
import org.socialgov.incident.api.IncidentResolvedEvent;
import org.socialgov.incident.api.IncidentSightedEvent;
import org.socialgov.incident.api.IncidentStatus;
import org.socialgov.incident.api.IncidentTriagedEvent;
import org.socialgov.incident.api.ImitatedAccount;
import org.socialgov.incident.api.MergeIncidentCommand;
import org.socialgov.incident.api.OfficialResponse;
import org.socialgov.incident.api.PostReport;
import org.socialgov.incident.api.RecordUnredactedReadCommand;
import org.socialgov.incident.api.RemindOfRunningDeadlineCommand;
import org.socialgov.incident.api.ReopenIncidentCommand;
import org.socialgov.incident.api.ReportIncidentCommand;
import org.socialgov.incident.api.ReportOutcome;
import org.socialgov.incident.api.Reporter;
import org.socialgov.incident.api.ResolveIncidentCommand;
import org.socialgov.incident.api.ResponseDecidedEvent;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.api.Sighting;
import org.socialgov.incident.api.TriageIncidentCommand;
import org.socialgov.platform.axon.BusinessName;
import org.socialgov.platform.identity.Roles;

/**
 * A significant mention of the company: one post of one company, reported by its staff, handled by its managing
 * department from triage to the official response and closure. One aggregate per company and post (see
 * {@link IncidentIds}), so later reports of the same post are sightings on the same record.
 */
@BusinessName("incident")
public class Incident {

    @AggregateIdentifier
    private String incidentId;
    private String tenant;
    private IncidentStatus status;
    private PostReport report;
    private Reporter reporter;
    private Instant reportedAt;
    private Severity suggestedSeverity;
    private Severity severity;
    private String severityReason;
    private String assignee;
    private Instant triageDueBy;
    private Instant triagedAt;
    private Instant decideDueBy;
    private Instant decidedAt;
    private final List<Escalation> escalations = new ArrayList<>();
    private OfficialResponse response;
    private String noResponseReason;
    private String decidedBy;
    private String resolution;
    private final List<Sighting> sightings = new ArrayList<>();
    private final List<FollowUp> followUps = new ArrayList<>();
    private String mergedInto;
    private ImitatedAccount possibleImpersonationOf;
    private final RemindersRecorded remindersRecorded = new RemindersRecorded();

    /** Axon rebuilds an incident from its events, and creates a blank one for a post reported the first time. */
    protected Incident() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ReportOutcome handle(ReportIncidentCommand command, IncidentSla sla, AgencyContracts agencyContracts,
                         OfficialAccounts officialAccounts, IncidentIds ids) {
        ReportValidity.require(command.report());
        LocalDate reportedOn = dayOf(command.reportedAt());
        Reporter reporter = ReporterEligibility.require(command.reporter(), command.tenant(), reportedOn,
            command.report().contractId(), agencyContracts);
        String normalisedUrl = PostUrlNormalization.normalise(command.report().postUrl());
        ids.requireIdentifies(command.incidentId(), command.tenant(), normalisedUrl, incidentId != null);
        if (incidentId != null) {
            requireTenant(command.tenant());
            apply(new IncidentSightedEvent(incidentId, command.report().postUrl(), reporter,
                command.report().seenAt(), command.report().reach(), command.reportedAt()));
            return new ReportOutcome(incidentId, false, mergedInto == null ? incidentId : mergedInto,
                sightings.size() + 1, suggestedSeverity);
        }
        Severity suggested = SeveritySuggestion.suggest(command.report().category(), command.report().sentiment(),
            command.report().reach());
        ImitatedAccount imitated = LookalikeHandles.imitatedBy(command.report(),
            officialAccounts.asCurrentAsPossibleOn(command.tenant(), reportedOn));
        apply(new IncidentReportedEvent(command.incidentId(), command.tenant(), normalisedUrl, command.report(),
            reporter, suggested, command.reportedAt(), sla.triageDueBy(suggested, command.reportedAt()), imitated));
        return new ReportOutcome(command.incidentId(), true, null, 1, suggested);
    }

    @CommandHandler
    void handle(TriageIncidentCommand command, IncidentSla sla) {
        requireTenant(command.tenant());
        HandlingOrder.TRIAGE.requireAllowedFrom(status);
        String reason = SeverityOverrule.requireReason(suggestedSeverity, command.severity(),
            command.severityReason());
        apply(new IncidentTriagedEvent(incidentId, command.severity(), reason, command.assignee(), command.at(),
            sla.decideDueBy(command.severity(), reportedAt)));
    }

    @CommandHandler
    void handle(EscalateIncidentCommand command) {
        requireTenant(command.tenant());
        HandlingOrder.ESCALATE.requireAllowedFrom(status);
        apply(new IncidentEscalatedEvent(incidentId, command.to(), command.reason(), command.at()));
    }

    @CommandHandler
    void handle(DecideResponseCommand command, OfficialAccounts officialAccounts) {
        requireTenant(command.tenant());
        ResponseAuthority.requireMayDecide(command.deciderRoles());
        HandlingOrder.DECIDE_RESPONSE.requireAllowedFrom(status);
        ResponseDecisionRules.require(command.response(), command.noResponseReason());
        ResponseDecisionRules.requireRegisteredAccount(command.response(), tenant, dayOf(command.at()),
            officialAccounts);
        apply(new ResponseDecidedEvent(incidentId, command.response(),
            command.response() == null ? command.noResponseReason() : null, command.decider(), command.at()));
    }

    @CommandHandler
    void handle(ResolveIncidentCommand command) {
        requireTenant(command.tenant());
        HandlingOrder.RESOLVE.requireAllowedFrom(status);
        apply(new IncidentResolvedEvent(incidentId, command.summary(), command.at()));
    }

    @CommandHandler
    void handle(CloseIncidentCommand command) {
        requireTenant(command.tenant());
        HandlingOrder.CLOSE.requireAllowedFrom(status);
        apply(new IncidentClosedEvent(incidentId, command.note(), command.at()));
    }

    @CommandHandler
    void handle(ReopenIncidentCommand command, IncidentSla sla) {
        requireTenant(command.tenant());
        HandlingOrder.REOPEN.requireAllowedFrom(status);
        apply(new IncidentReopenedEvent(incidentId, command.reason(), command.at(),
            sla.decideDueBy(severity, command.at())));
    }

    @CommandHandler
    void handle(AddFollowUpCommand command) {
        requireTenant(command.tenant());
        // Only those who reported the post, and the department handling it, know of the incident at all.
        if (!state().reportedBy(command.author()) && !command.authorRoles().contains(Roles.COMPLIANCE_OFFICER)) {
            throw new IncidentNotFoundException(incidentId);
        }
        HandlingOrder.FOLLOW_UP.requireAllowedFrom(status);
        apply(new FollowUpObservationAddedEvent(incidentId, command.author(), command.observation(), command.reach(),
            command.at()));
    }

    @CommandHandler
    void handle(MergeIncidentCommand command) {
        requireTenant(command.tenant());
        HandlingOrder.MERGE.requireAllowedFrom(status);
        MergeRules.require(incidentId, command.survivorId(), command.survivorStatus());
        apply(new IncidentMergedEvent(incidentId, command.survivorId(), command.reason(), command.at()));
    }

    @CommandHandler
    void handle(RecordUnredactedReadCommand command) {
        requireTenant(command.tenant());
        apply(new IncidentReadUnredactedEvent(incidentId, command.reader(), command.at()));
    }

    @CommandHandler
    void handle(RemindOfRunningDeadlineCommand command, IncidentDeadlineReminders reminders) {
        requireTenant(command.tenant());
        reminders.dueAt(state(), remindersRecorded, command.at()).ifPresent(reminder -> apply(reminder));
    }

    @EventSourcingHandler
    void on(IncidentReportedEvent event) {
        incidentId = event.incidentId();
        tenant = event.tenant();
        status = IncidentStatus.REPORTED;
        report = event.report();
        reporter = event.reporter();
        reportedAt = event.reportedAt();
        suggestedSeverity = event.suggestedSeverity();
        severity = event.suggestedSeverity();
        triageDueBy = event.triageDueBy();
        possibleImpersonationOf = event.possibleImpersonationOf();
    }

    @EventSourcingHandler
    void on(IncidentSightedEvent event) {
        sightings.add(new Sighting(event.postUrl(), event.reporter(), event.seenAt(), event.reach(),
            event.reportedAt()));
    }

    @EventSourcingHandler
    void on(IncidentTriagedEvent event) {
        status = IncidentStatus.TRIAGED;
        severity = event.severity();
        severityReason = event.severityReason();
        assignee = event.assignee();
        decideDueBy = event.decideDueBy();
        if (triagedAt == null) {
            triagedAt = event.triagedAt();
        }
    }

    @EventSourcingHandler
    void on(IncidentEscalatedEvent event) {
        status = IncidentStatus.ESCALATED;
        escalations.add(new Escalation(event.to(), event.reason(), event.escalatedAt()));
    }

    @EventSourcingHandler
    void on(ResponseDecidedEvent event) {
        status = IncidentStatus.RESPONSE_DECIDED;
        response = event.response();
        noResponseReason = event.noResponseReason();
        decidedBy = event.decidedBy();
        if (decidedAt == null) {
            decidedAt = event.decidedAt();
        }
    }

    @EventSourcingHandler
    void on(IncidentResolvedEvent event) {
        status = IncidentStatus.RESOLVED;
        resolution = event.summary();
    }

    @EventSourcingHandler
    void on(IncidentClosedEvent event) {
        status = IncidentStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(IncidentReopenedEvent event) {
        status = IncidentStatus.TRIAGED;
        decideDueBy = event.decideDueBy();
    }

    @EventSourcingHandler
    void on(FollowUpObservationAddedEvent event) {
        followUps.add(new FollowUp(event.author(), event.observation(), event.reach(), event.observedAt()));
    }

    @EventSourcingHandler
    void on(IncidentMergedEvent event) {
        status = IncidentStatus.MERGED;
        mergedInto = event.survivorId();
    }

    @EventSourcingHandler
    void on(IncidentDeadlineReminderEvent event) {
        remindersRecorded.add(event);
    }

    public IncidentState state() {
        return new IncidentState(incidentId, tenant, status, report, reporter, reportedAt, suggestedSeverity,
            severity, severityReason, assignee, triageDueBy, triagedAt, decideDueBy, decidedAt, escalations, response,
            noResponseReason, decidedBy, resolution, sightings, followUps, mergedInto, possibleImpersonationOf);
    }

    private void requireTenant(String askingTenant) {
        // Another company's incident does not exist as far as it can tell.
        if (!tenant.equals(askingTenant)) {
            throw new IncidentNotFoundException(incidentId);
        }
    }

    /** The calendar day a moment falls on, for rules that go by dates (contracts, official accounts): UTC. */
    private static LocalDate dayOf(Instant moment) {
        return LocalDate.ofInstant(moment, ZoneOffset.UTC);
    }
}
