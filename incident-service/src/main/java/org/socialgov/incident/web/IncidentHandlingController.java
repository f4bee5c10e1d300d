package org.socialgov.incident.web;

import java.time.Clock;
import java.time.Instant;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.socialgov.incident.api.AddFollowUpCommand;
import org.socialgov.incident.api.CloseIncidentCommand;
import org.socialgov.incident.api.DecideResponseCommand;
import org.socialgov.incident.api.EscalateIncidentCommand;
import org.socialgov.incident.api.EscalationTarget;
import org.socialgov.incident.api.IncidentStatus;
import org.socialgov.incident.api.MergeIncidentCommand;
import org.socialgov.incident.api.ReopenIncidentCommand;
import org.socialgov.incident.api.ResolveIncidentCommand;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.api.TriageIncidentCommand;
import org.socialgov.incident.web.generated.api.IncidentHandlingApi;
import org.socialgov.incident.web.generated.model.ClosureRequest;
import org.socialgov.incident.web.generated.model.EscalationRequest;
import org.socialgov.incident.web.generated.model.FollowUpRequest;
import org.socialgov.incident.web.generated.model.Incident;
import org.socialgov.incident.web.generated.model.MergeRequest;
import org.socialgov.incident.web.generated.model.ReopeningRequest;
import org.socialgov.incident.web.generated.model.ResolutionRequest;
import org.socialgov.incident.web.generated.model.ResponseDecisionRequest;
import org.socialgov.incident.web.generated.model.TriageRequest;
import org.socialgov.platform.idempotency.Idempotent;
import org.socialgov.platform.identity.RequestIdentity;
import org.socialgov.platform.identity.Roles;

/**
 * The managing department's handling of an incident, and its reporters' follow-ups. Each step maps the request to
 * a command and answers the incident after it; the order of the steps is the incident's business.
 */
@Controller
public class IncidentHandlingController implements IncidentHandlingApi {

    private final CommandGateway commandGateway;
    private final IncidentReads reads;
    private final Clock clock;

    public IncidentHandlingController(CommandGateway commandGateway, IncidentReads reads, Clock clock) {
        this.clock = clock;
        this.commandGateway = commandGateway;
        this.reads = reads;
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    @Idempotent
    public HttpResponse<Incident> triageIncident(String incidentId, TriageRequest request, String idempotencyKey) {
        return send(incidentId, new TriageIncidentCommand(incidentId, tenant(),
            Severity.valueOf(request.getSeverity().name()), request.getSeverityReason(), request.getAssignee(),
            now()));
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    @Idempotent
    public HttpResponse<Incident> escalateIncident(String incidentId, EscalationRequest request,
                                                   String idempotencyKey) {
        return send(incidentId, new EscalateIncidentCommand(incidentId, tenant(),
            EscalationTarget.valueOf(request.getTo().name()), request.getReason(), now()));
    }

    /** Open to reporters too, so that the refusal says why: nobody denies or rebuts on their own. */
    @Override
    @Secured({Roles.COMPLIANCE_OFFICER, Roles.EMPLOYEE, Roles.AGENCY})
    @Idempotent
    public HttpResponse<Incident> decideIncidentResponse(String incidentId, ResponseDecisionRequest request,
                                                         String idempotencyKey) {
        RequestIdentity caller = reads.caller();
        return send(incidentId, new DecideResponseCommand(incidentId, caller.tenant(),
            OfficialResponseMapper.toDomain(request.getResponse()), request.getNoResponseReason(), caller.actor(),
            caller.roles(), now()));
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    @Idempotent
    public HttpResponse<Incident> resolveIncident(String incidentId, ResolutionRequest request,
                                                  String idempotencyKey) {
        return send(incidentId, new ResolveIncidentCommand(incidentId, tenant(), request.getSummary(), now()));
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    @Idempotent
    public HttpResponse<Incident> closeIncident(String incidentId, ClosureRequest request, String idempotencyKey) {
        return send(incidentId, new CloseIncidentCommand(incidentId, tenant(), request.getNote(), now()));
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    @Idempotent
    public HttpResponse<Incident> reopenIncident(String incidentId, ReopeningRequest request,
                                                 String idempotencyKey) {
        return send(incidentId, new ReopenIncidentCommand(incidentId, tenant(), request.getReason(), now()));
    }

    @Override
    @Secured({Roles.COMPLIANCE_OFFICER, Roles.EMPLOYEE, Roles.AGENCY})
    @Idempotent
    public HttpResponse<Incident> addIncidentFollowUp(String incidentId, FollowUpRequest request,
                                                      String idempotencyKey) {
        RequestIdentity caller = reads.caller();
        return send(incidentId, new AddFollowUpCommand(incidentId, caller.tenant(), caller.actor(), caller.roles(),
            request.getObservation(), IncidentModelMapper.toDomain(request.getReach()), now()));
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    @Idempotent
    public HttpResponse<Incident> mergeIncident(String incidentId, MergeRequest request, String idempotencyKey) {
        return send(incidentId, new MergeIncidentCommand(incidentId, tenant(), request.getSurvivorId(),
            survivorStatus(request.getSurvivorId()), request.getReason(), now()));
    }

    /** The survivor as it stands, for the aggregate to judge the merge; null if the tenant has no such incident. */
    private IncidentStatus survivorStatus(String survivorId) {
        return reads.findIfExists(survivorId).map(view -> view.incident().status()).orElse(null);
    }

    private HttpResponse<Incident> send(String incidentId, Object command) {
        commandGateway.sendAndWait(command);
        return reads.afterChange(incidentId);
    }

    private String tenant() {
        return reads.caller().tenant();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
