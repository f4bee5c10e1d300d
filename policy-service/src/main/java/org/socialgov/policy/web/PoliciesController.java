package org.socialgov.policy.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.socialgov.platform.axon.PointInHistory;
import org.socialgov.platform.idempotency.Idempotent;
import org.socialgov.platform.identity.RequestIdentity;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.web.EntityTags;
import org.socialgov.policy.api.AcknowledgePolicyVersionCommand;
import org.socialgov.policy.api.CorrectPolicyReviewCommand;
import org.socialgov.policy.api.CreatePolicyCommand;
import org.socialgov.policy.api.EditPolicyDraftCommand;
import org.socialgov.policy.api.FindApplicableGuidelinesQuery;
import org.socialgov.policy.api.FindComplianceReportQuery;
import org.socialgov.policy.api.FindPolicyInForceForStaffQuery;
import org.socialgov.policy.api.PublishPolicyVersionCommand;
import org.socialgov.policy.api.PublishedVersion;
import org.socialgov.policy.api.RecordPolicyReviewCommand;
import org.socialgov.policy.api.ReviewOutcome;
import org.socialgov.policy.domain.PolicyIds;
import org.socialgov.policy.domain.PolicyNotFoundException;
import org.socialgov.policy.domain.PolicyReadAccess;
import org.socialgov.policy.domain.PolicyState;
import org.socialgov.policy.query.ApplicableGuidelines;
import org.socialgov.policy.query.ComplianceReport;
import org.socialgov.policy.query.PolicyInForceForStaff;
import org.socialgov.policy.query.PolicySummaries;
import org.socialgov.policy.web.generated.api.PoliciesApi;
import org.socialgov.policy.web.generated.model.Acknowledgement;
import org.socialgov.policy.web.generated.model.AcknowledgementRequest;
import org.socialgov.policy.web.generated.model.Applicability;
import org.socialgov.policy.web.generated.model.Policy;
import org.socialgov.policy.web.generated.model.PolicyContent;
import org.socialgov.policy.web.generated.model.PolicyCreationRequest;
import org.socialgov.policy.web.generated.model.PolicyInForce;
import org.socialgov.policy.web.generated.model.PolicySummary;
import org.socialgov.policy.web.generated.model.PolicyVersion;
import org.socialgov.policy.web.generated.model.PublicationRequest;
import org.socialgov.policy.web.generated.model.ReviewCorrectionRequest;
import org.socialgov.policy.web.generated.model.ReviewRequest;
import org.socialgov.policy.web.generated.model.Standing;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The tenant's policy: each operation maps the request to a command or query and maps the answer. */
@Controller
public class PoliciesController implements PoliciesApi {

    private final CommandGateway commandGateway;
    private final PolicyReads reads;
    private final PolicySummaries summaries;

    public PoliciesController(CommandGateway commandGateway, PolicyReads reads, PolicySummaries summaries) {
        this.commandGateway = commandGateway;
        this.reads = reads;
        this.summaries = summaries;
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    @Idempotent
    public HttpResponse<Policy> createPolicy(PolicyCreationRequest request, String idempotencyKey) {
        String tenant = reads.caller().tenant();
        String policyId = PolicyIds.forTenant(tenant);
        commandGateway.sendAndWait(new CreatePolicyCommand(policyId, tenant, request.getTitle(),
            request.getEnactedOn(), request.getReviewIntervalMonths(),
            PolicyModelMapper.fromModel(request.getDraft())));
        return reads.respond(HttpResponse.<Policy>status(HttpStatus.CREATED)
            .header(HttpHeaders.LOCATION, "/policies/" + policyId), reads.find(policyId, null, null));
    }

    @Override
    @Secured({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public List<PolicySummary> listPolicies(Boolean reviewOverdue) {
        LocalDate today = reads.today();
        return summaries.of(reads.caller().tenant(), Boolean.TRUE.equals(reviewOverdue) ? today : null).stream()
            .map(summary -> PolicyModelMapper.toModel(summary, today)).toList();
    }

    @Override
    @Secured({Roles.COMPLIANCE_OFFICER, Roles.EMPLOYEE})
    public PolicyInForce getPolicyInForceForMe() {
        RequestIdentity caller = reads.caller();
        return PolicyModelMapper.toModel(reads.ask(new FindPolicyInForceForStaffQuery(caller.tenant(),
            caller.actor(), reads.today()), PolicyInForceForStaff.class));
    }

    @Override
    @Secured({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public HttpResponse<Policy> getPolicy(String policyId, Long version, OffsetDateTime asOf) {
        Instant instant = asOf == null ? null : asOf.toInstant();
        PointInHistory.askedFor(version, instant);
        return reads.respond(HttpResponse.ok(), reads.find(policyId, version, instant));
    }

    @Override
    @Secured({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.EMPLOYEE})
    public PolicyVersion getPolicyVersion(String policyId, Integer versionNo) {
        PolicyState policy = reads.find(policyId, null, null).policy();
        return policy.publishedVersion(versionNo).map(PolicyModelMapper::toModel)
            .or(() -> draftFor(reads.caller(), policy, versionNo))
            .orElseThrow(() -> new PolicyNotFoundException("The policy has no version " + versionNo));
    }

    private static Optional<PolicyVersion> draftFor(RequestIdentity caller, PolicyState policy, int versionNo) {
        if (!PolicyReadAccess.mayReadDrafts(caller) || policy.draft() == null || policy.draftNo() != versionNo) {
            return Optional.empty();
        }
        return Optional.of(new PolicyVersion(versionNo, false, PolicyModelMapper.toModel(policy.draft())));
    }

    @Override
    @Secured({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.EMPLOYEE})
    public PolicyVersion getPolicyVersionInForce(String policyId, LocalDate on) {
        LocalDate date = reads.todayIfAbsent(on);
        PublishedVersion inForce = reads.find(policyId, null, null).policy().inForceOn(date)
            .orElseThrow(() -> new PolicyNotFoundException("No version of the policy is in force on " + date));
        return PolicyModelMapper.toModel(inForce);
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    public HttpResponse<Policy> editPolicyDraft(String policyId, Integer versionNo, PolicyContent content,
                                                String ifMatch) {
        commandGateway.sendAndWait(new EditPolicyDraftCommand(policyId, reads.caller().tenant(), versionNo,
            PolicyModelMapper.fromModel(content), EntityTags.expectedVersion(ifMatch)));
        return reads.current(policyId);
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    @Idempotent
    public HttpResponse<Policy> publishPolicyVersion(String policyId, Integer versionNo, PublicationRequest request,
                                                     String ifMatch, String idempotencyKey) {
        commandGateway.sendAndWait(new PublishPolicyVersionCommand(policyId, reads.caller().tenant(), versionNo,
            request.getEffectiveFrom(), EntityTags.expectedVersion(ifMatch)));
        return reads.current(policyId);
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    @Idempotent
    public HttpResponse<Policy> recordPolicyReview(String policyId, ReviewRequest request, String idempotencyKey) {
        RequestIdentity caller = reads.caller();
        commandGateway.sendAndWait(new RecordPolicyReviewCommand(policyId, caller.tenant(), caller.actor(),
            request.getReviewedOn(), ReviewOutcome.valueOf(request.getOutcome().name()), request.getNotes(),
            reads.today()));
        return reads.current(policyId);
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    @Idempotent
    public HttpResponse<Policy> correctPolicyReview(String policyId, ReviewCorrectionRequest request,
                                                    String idempotencyKey) {
        RequestIdentity caller = reads.caller();
        commandGateway.sendAndWait(new CorrectPolicyReviewCommand(policyId, caller.tenant(), caller.actor(),
            request.getReviewedOn(), request.getReason(), reads.today()));
        return reads.current(policyId);
    }

    @Override
    @Secured({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.EMPLOYEE})
    public Applicability getApplicableGuidelines(String policyId, Standing standing, String personId,
                                                 LocalDate on) {
        if ((standing == null) == (personId == null)) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "Ask for a standing or a personId, one of them");
        }
        RequestIdentity caller = reads.caller();
        PolicyReadAccess.requireMayAskAbout(caller, personId);
        return PolicyModelMapper.toModel(reads.ask(new FindApplicableGuidelinesQuery(policyId, caller.tenant(),
            standing == null ? null : org.socialgov.policy.api.Standing.valueOf(standing.name()), personId,
            reads.todayIfAbsent(on)), ApplicableGuidelines.class));
    }

    @Override
    @Secured({Roles.EMPLOYEE, Roles.COMPLIANCE_OFFICER})
    @Idempotent
    public Acknowledgement acknowledgePolicyVersion(String policyId, Integer versionNo, String idempotencyKey,
                                                    AcknowledgementRequest request) {
        RequestIdentity caller = reads.caller();
        org.socialgov.policy.api.Acknowledgement acknowledgement = commandGateway.sendAndWait(
            new AcknowledgePolicyVersionCommand(policyId, caller.tenant(), versionNo, caller.actor(), reads.now(),
                request == null || request.getChannel() == null ? "api" : request.getChannel()));
        return PolicyModelMapper.toModel(acknowledgement);
    }

    @Override
    @Secured({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public org.socialgov.policy.web.generated.model.ComplianceReport getComplianceReport(String policyId,
                                                                                         Integer versionNo) {
        return PolicyModelMapper.toModel(reads.ask(new FindComplianceReportQuery(policyId, reads.caller().tenant(),
            versionNo), ComplianceReport.class));
    }
}
