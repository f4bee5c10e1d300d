package org.socialgov.contract.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import jakarta.inject.Named;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.socialgov.contract.api.AmendmentDecision;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.DecideAmendmentCommand;
import org.socialgov.contract.api.ProposeAmendmentCommand;
import org.socialgov.contract.api.TermChange;
import org.socialgov.contract.web.generated.api.ContractAmendmentsApi;
import org.socialgov.contract.web.generated.model.AmendmentDecisionRequest;
import org.socialgov.contract.web.generated.model.AmendmentRequest;
import org.socialgov.contract.web.generated.model.Contract;
import org.socialgov.contract.web.generated.model.ContractElement;
import org.socialgov.contract.web.generated.model.VersionComparison;
import org.socialgov.platform.axon.AxonSerializerFactory;
import org.socialgov.platform.idempotency.Idempotent;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.web.EntityTags;
import org.socialgov.platform.web.VersionRange;

/** Amendments: proposal, the other party's decision, and comparison of the versions they produce. */
@Controller
public class ContractAmendmentsController implements ContractAmendmentsApi {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final CommandGateway commandGateway;
    private final ContractReads reads;
    private final ObjectMapper recordedJson;

    public ContractAmendmentsController(CommandGateway commandGateway, ContractReads reads,
                                        @Named(AxonSerializerFactory.EVENT_JSON) ObjectMapper recordedJson) {
        this.commandGateway = commandGateway;
        this.reads = reads;
        // Silent (null) parts of an element are left out, as everywhere in the API.
        this.recordedJson = recordedJson.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AGENCY})
    @Idempotent
    public HttpResponse<Contract> proposeAmendment(String contractId, AmendmentRequest request, String idempotencyKey, String ifMatch) {
        commandGateway.sendAndWait(new ProposeAmendmentCommand(contractId, reads.actor(),
            ContractParty.valueOf(request.getParty().name()), ContractTermsFromApi.toDomain(request.getNewTerms()),
            request.getEffectiveFrom(), EntityTags.expectedVersion(ifMatch)));
        return reads.current(contractId);
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AGENCY})
    @Idempotent
    public HttpResponse<Contract> decideAmendment(String contractId, Integer amendmentNo,
                                                  AmendmentDecisionRequest request, String idempotencyKey, String ifMatch) {
        commandGateway.sendAndWait(new DecideAmendmentCommand(contractId, reads.actor(), amendmentNo,
            ContractParty.valueOf(request.getParty().name()), AmendmentDecision.valueOf(request.getDecision().name()),
            request.getReason(), EntityTags.expectedVersion(ifMatch)));
        return reads.current(contractId);
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AUDITOR, Roles.AGENCY})
    public VersionComparison compareContractVersions(String contractId, Integer from, Integer to) {
        VersionRange.requireInOrder(from, to);
        List<TermChange> changes = reads.compare(contractId, from, to);
        return new VersionComparison(contractId, from, to, changes.stream()
            .map(change -> new org.socialgov.contract.web.generated.model.TermChange(
                ContractElement.valueOf(change.element().name()))
                .before(asJson(change.before())).after(asJson(change.after())))
            .toList());
    }

    /** An element as recorded in the events: the same shape the API uses for it. */
    private Map<String, Object> asJson(Object element) {
        return element == null ? null : recordedJson.convertValue(element, JSON_OBJECT);
    }
}
