package org.socialgov.contract.web;

import java.time.Clock;
import java.time.LocalDate;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.socialgov.contract.api.Assignee;
import org.socialgov.contract.api.AssignmentOutcome;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.GiveNonRenewalNoticeCommand;
import org.socialgov.contract.api.RequestAssignmentCommand;
import org.socialgov.contract.api.SignContractCommand;
import org.socialgov.contract.api.Signatory;
import org.socialgov.contract.api.TerminateContractCommand;
import org.socialgov.contract.api.TerminationGround;
import org.socialgov.contract.api.WrittenConsent;
import org.socialgov.contract.web.generated.api.ContractLifecycleApi;
import org.socialgov.contract.web.generated.model.AssignmentRequest;
import org.socialgov.contract.web.generated.model.Contract;
import org.socialgov.contract.web.generated.model.NonRenewalNoticeRequest;
import org.socialgov.contract.web.generated.model.SignatureRequest;
import org.socialgov.contract.web.generated.model.TerminationRequest;
import org.socialgov.platform.idempotency.Idempotent;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.web.EntityTags;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** Signature, early termination and assignment: the steps the parties take on a contract. */
@Controller
public class ContractLifecycleController implements ContractLifecycleApi {

    /** A refused assignment is on the record; the caller is told with this type. */
    static final ProblemType ASSIGNMENT_PROHIBITED = new ProblemType("assignment-prohibited",
        "The contract prohibits this assignment", HttpStatus.CONFLICT);

    private final CommandGateway commandGateway;
    private final ContractReads reads;
    private final Clock clock;

    public ContractLifecycleController(CommandGateway commandGateway, ContractReads reads, Clock clock) {
        this.clock = clock;
        this.commandGateway = commandGateway;
        this.reads = reads;
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AGENCY})
    @Idempotent
    public HttpResponse<Contract> signContract(String contractId, SignatureRequest request, String idempotencyKey, String ifMatch) {
        commandGateway.sendAndWait(new SignContractCommand(contractId, reads.actor(),
            ContractParty.valueOf(request.getParty().name()),
            new Signatory(request.getSignatoryName(), request.getSignatoryRole()), clock.instant(),
            ContractModelMapper.toDomain(request.getAcceptedWarnings()), EntityTags.expectedVersion(ifMatch)));
        return reads.current(contractId);
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AGENCY})
    @Idempotent
    public HttpResponse<Contract> terminateContract(String contractId, TerminationRequest request, String idempotencyKey, String ifMatch) {
        commandGateway.sendAndWait(new TerminateContractCommand(contractId, reads.actor(),
            ContractParty.valueOf(request.getParty().name()), TerminationGround.valueOf(request.getGround().name()),
            LocalDate.now(clock), request.getExplanation(), EntityTags.expectedVersion(ifMatch)));
        return reads.current(contractId);
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AGENCY})
    @Idempotent
    public HttpResponse<Contract> giveNonRenewalNotice(String contractId, NonRenewalNoticeRequest request,
                                                       String idempotencyKey, String ifMatch) {
        commandGateway.sendAndWait(new GiveNonRenewalNoticeCommand(contractId, reads.actor(),
            ContractParty.valueOf(request.getParty().name()), LocalDate.now(clock),
            EntityTags.expectedVersion(ifMatch)));
        return reads.current(contractId);
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AGENCY})
    @Idempotent
    public HttpResponse<Contract> requestAssignment(String contractId, AssignmentRequest request, String idempotencyKey, String ifMatch) {
        ContractParty party = ContractParty.valueOf(request.getParty().name());
        Assignee assignee = new Assignee(request.getAssignee().getCompanyId(), request.getAssignee().getName());
        var consent = request.getConsent();
        AssignmentOutcome outcome = commandGateway.sendAndWait(new RequestAssignmentCommand(contractId,
            reads.actor(), party, assignee, consent == null ? null : new WrittenConsent(consent.getReference(),
                consent.getDate(), consent.getSignatory()), EntityTags.expectedVersion(ifMatch)));
        if (outcome == AssignmentOutcome.REFUSED) {
            throw new ProblemException(ASSIGNMENT_PROHIBITED, "The contract prohibits assignment without the written"
                + " consent of the counterparty; the attempt is recorded on the contract");
        }
        return reads.afterAssignment(contractId, party, assignee.companyId());
    }
}
