package org.socialgov.contract.web;

import java.util.UUID;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.socialgov.contract.api.CreateContractDraftCommand;
import org.socialgov.contract.api.FindContractQuery;
import org.socialgov.contract.query.ContractView;
import org.socialgov.contract.web.generated.api.ContractHistoryApi;
import org.socialgov.contract.web.generated.api.ContractsApi;
import org.socialgov.contract.web.generated.model.Contract;
import org.socialgov.contract.web.generated.model.ContractDraftRequest;
import org.socialgov.contract.web.generated.model.EventHistory;
import org.socialgov.platform.identity.CurrentIdentity;
import org.socialgov.platform.identity.RequestIdentity;
import org.socialgov.platform.identity.Roles;

/** The contract endpoints: each maps the request to a command or query, sends it, and maps the answer. */
@Controller
public class ContractsController implements ContractsApi, ContractHistoryApi {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final CurrentIdentity currentIdentity;
    private final org.socialgov.platform.history.EventHistory eventHistory;

    public ContractsController(CommandGateway commandGateway, QueryGateway queryGateway,
                               CurrentIdentity currentIdentity,
                               org.socialgov.platform.history.EventHistory eventHistory) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.currentIdentity = currentIdentity;
        this.eventHistory = eventHistory;
    }

    @Override
    @Secured(Roles.CONTRACT_MANAGER)
    public HttpResponse<Contract> createContractDraft(ContractDraftRequest request) {
        RequestIdentity caller = currentIdentity.require();
        String contractId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new CreateContractDraftCommand(contractId, caller.tenant(), request.getTitle(),
            ContractModelMapper.toDomain(request.getProvider()), ContractModelMapper.toDomain(request.getScope()),
            ContractModelMapper.toDomain(request.getFees()), ContractModelMapper.toDomain(request.getTerm())));
        ContractView created = find(contractId, caller);
        return HttpResponse.created(ContractModelMapper.toModel(created))
            .header(HttpHeaders.LOCATION, "/contracts/" + contractId)
            .header(HttpHeaders.ETAG, etag(created));
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AUDITOR})
    public HttpResponse<Contract> getContract(String contractId) {
        ContractView contract = find(contractId, currentIdentity.require());
        return HttpResponse.ok(ContractModelMapper.toModel(contract)).header(HttpHeaders.ETAG, etag(contract));
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AUDITOR})
    public EventHistory getContractHistory(String contractId) {
        String tenant = currentIdentity.require().tenant();
        return ContractModelMapper.toModel(contractId, eventHistory.of(contractId, tenant));
    }

    private ContractView find(String contractId, RequestIdentity caller) {
        return queryGateway.query(new FindContractQuery(contractId, caller.tenant()), ContractView.class).join();
    }

    private static String etag(ContractView contract) {
        return "\"" + contract.version() + "\"";
    }
}
