package org.socialgov.contract.web;

import java.util.EnumSet;
import java.util.Set;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.socialgov.contract.api.ContractTask;
import org.socialgov.contract.api.RecordSubcontractingConsentCommand;
import org.socialgov.contract.api.RemoveSubcontractorCommand;
import org.socialgov.contract.api.RequestSubcontractorApprovalCommand;
import org.socialgov.contract.api.Subcontractor;
import org.socialgov.contract.api.WrittenConsent;
import org.socialgov.contract.web.generated.api.ContractSubcontractingApi;
import org.socialgov.contract.web.generated.model.Contract;
import org.socialgov.contract.web.generated.model.SubcontractingConsentRequest;
import org.socialgov.contract.web.generated.model.SubcontractorRef;
import org.socialgov.contract.web.generated.model.SubcontractorRequest;
import org.socialgov.platform.idempotency.Idempotent;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.web.EntityTags;

/** Subcontractors: the client's written consent, the provider's request, and removal. */
@Controller
public class ContractSubcontractingController implements ContractSubcontractingApi {

    private final CommandGateway commandGateway;
    private final ContractReads reads;

    public ContractSubcontractingController(CommandGateway commandGateway, ContractReads reads) {
        this.commandGateway = commandGateway;
        this.reads = reads;
    }

    @Override
    @Secured(Roles.CONTRACT_MANAGER)
    @Idempotent
    public HttpResponse<Contract> recordSubcontractingConsent(String contractId, SubcontractingConsentRequest request,
                                                              String idempotencyKey, String ifMatch) {
        var consent = request.getConsent();
        commandGateway.sendAndWait(new RecordSubcontractingConsentCommand(contractId, reads.actor(),
            subcontractor(request.getSubcontractor()), tasks(request.getTasks()),
            new WrittenConsent(consent.getReference(), consent.getDate(), consent.getSignatory()),
            EntityTags.expectedVersion(ifMatch)));
        return reads.current(contractId);
    }

    @Override
    @Secured(Roles.AGENCY)
    @Idempotent
    public HttpResponse<Contract> requestSubcontractorApproval(String contractId, SubcontractorRequest request,
                                                               String idempotencyKey, String ifMatch) {
        commandGateway.sendAndWait(new RequestSubcontractorApprovalCommand(contractId, reads.actor(),
            subcontractor(request.getSubcontractor()), tasks(request.getTasks()), EntityTags.expectedVersion(ifMatch)));
        return reads.current(contractId);
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AGENCY})
    public HttpResponse<Contract> removeSubcontractor(String contractId, String subcontractorId, String ifMatch) {
        commandGateway.sendAndWait(new RemoveSubcontractorCommand(contractId, reads.actor(), reads.partyOf(),
            subcontractorId, EntityTags.expectedVersion(ifMatch)));
        return reads.current(contractId);
    }

    private static Subcontractor subcontractor(SubcontractorRef ref) {
        return new Subcontractor(ref.getCompanyId(), ref.getName());
    }

    private static Set<ContractTask> tasks(Set<org.socialgov.contract.web.generated.model.ContractTask> tasks) {
        Set<ContractTask> domain = EnumSet.noneOf(ContractTask.class);
        tasks.forEach(task -> domain.add(ContractTask.valueOf(task.name())));
        return domain;
    }
}
