package org.socialgov.incident.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.socialgov.incident.api.ReportIncidentCommand;
import org.socialgov.incident.api.ReportOutcome;
import org.socialgov.incident.api.Reporter;
import org.socialgov.incident.api.ReporterKind;
import org.socialgov.incident.config.DueSoonSettings;
import org.socialgov.incident.domain.IncidentIds;
import org.socialgov.incident.domain.ReporterEligibility;
import org.socialgov.incident.query.DueFilter;
import org.socialgov.incident.query.IncidentListFilter;
import org.socialgov.incident.query.IncidentPage;
import org.socialgov.incident.query.IncidentSummaries;
import org.socialgov.incident.web.generated.api.IncidentsApi;
import org.socialgov.incident.web.generated.model.Incident;
import org.socialgov.incident.web.generated.model.IncidentCategory;
import org.socialgov.incident.web.generated.model.IncidentReport;
import org.socialgov.incident.web.generated.model.IncidentStatus;
import org.socialgov.incident.web.generated.model.IncidentSummaryList;
import org.socialgov.incident.web.generated.model.ReportReceipt;
import org.socialgov.incident.web.generated.model.Severity;
import org.socialgov.incident.web.generated.model.SocialPlatform;
import org.socialgov.platform.axon.PointInHistory;
import org.socialgov.platform.idempotency.Idempotent;
import org.socialgov.platform.identity.RequestIdentity;
import org.socialgov.platform.identity.Roles;

/** Reporting posts and reading incidents: each maps the request to a command or query and maps the answer. */
@Controller
public class IncidentsController implements IncidentsApi {

    private static final int DEFAULT_PAGE_SIZE = 20;

    private final CommandGateway commandGateway;
    private final IncidentReads reads;
    private final IncidentSummaries summaries;
    private final DueSoonSettings dueSoon;
    private final IncidentIds incidentIds;
    private final Clock clock;

    public IncidentsController(CommandGateway commandGateway, IncidentReads reads, IncidentSummaries summaries,
                               DueSoonSettings dueSoon, IncidentIds incidentIds, Clock clock) {
        this.clock = clock;
        this.commandGateway = commandGateway;
        this.reads = reads;
        this.summaries = summaries;
        this.dueSoon = dueSoon;
        this.incidentIds = incidentIds;
    }

    @Override
    @Secured({Roles.EMPLOYEE, Roles.COMPLIANCE_OFFICER, Roles.AGENCY})
    @Idempotent
    public HttpResponse<ReportReceipt> reportIncident(IncidentReport report, String idempotencyKey) {
        RequestIdentity caller = reads.caller();
        ReporterKind kind = ReporterEligibility.capacityOf(caller);
        String incidentId = incidentIds.forPost(caller.tenant(), report.getPostUrl());
        ReportOutcome outcome = commandGateway.sendAndWait(new ReportIncidentCommand(incidentId, caller.tenant(),
            IncidentModelMapper.toDomain(report), new Reporter(caller.actor(), kind, null), Instant.now(clock)));
        Severity suggested = IncidentModelMapper.severity(outcome.suggestedSeverity());
        ReportReceipt receipt = new ReportReceipt(outcome.incidentId(), outcome.newIncident()
            ? org.socialgov.incident.web.generated.model.ReportOutcome.NEW_INCIDENT
            : org.socialgov.incident.web.generated.model.ReportOutcome.SIGHTING, outcome.sightings(), suggested)
            .duplicateOf(outcome.duplicateOf());
        return outcome.newIncident()
            ? HttpResponse.created(receipt).header(HttpHeaders.LOCATION, "/incidents/" + incidentId)
            : HttpResponse.ok(receipt);
    }

    @Override
    @Secured({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.EMPLOYEE, Roles.AGENCY})
    public IncidentSummaryList listIncidents(org.socialgov.incident.web.generated.model.DueFilter due,
                                             Severity severity, IncidentCategory category, SocialPlatform platform,
                                             IncidentStatus state, LocalDate reportedFrom, LocalDate reportedTo,
                                             Integer limit, String cursor) {
        RequestIdentity caller = reads.caller();
        boolean wholeTenant = caller.hasRole(Roles.COMPLIANCE_OFFICER) || caller.hasRole(Roles.AUDITOR);
        IncidentListFilter filter = new IncidentListFilter(IncidentModelMapper.toDomain(due, DueFilter.class),
            IncidentModelMapper.toDomain(severity, org.socialgov.incident.api.Severity.class),
            IncidentModelMapper.toDomain(category, org.socialgov.incident.api.IncidentCategory.class),
            IncidentModelMapper.toDomain(platform, org.socialgov.incident.api.SocialPlatform.class),
            IncidentModelMapper.toDomain(state, org.socialgov.incident.api.IncidentStatus.class),
            reportedFrom, reportedTo);
        IncidentPage page = summaries.page(caller.tenant(), wholeTenant ? null : caller.actor(), filter,
            Instant.now(clock), dueSoon.getDueSoon(), limit == null ? DEFAULT_PAGE_SIZE : limit,
            IncidentListCursor.decode(cursor, filter));
        return new IncidentSummaryList(page.items().stream().map(IncidentModelMapper::toModel).toList())
            .nextCursor(IncidentListCursor.encode(page.lastPositionIfMore(), filter));
    }

    @Override
    @Secured({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.EMPLOYEE, Roles.AGENCY})
    public HttpResponse<Incident> getIncident(String incidentId, Long version, OffsetDateTime asOf) {
        Instant instant = asOf == null ? null : asOf.toInstant();
        PointInHistory.askedFor(version, instant);
        return reads.read(incidentId, version, instant);
    }
}
