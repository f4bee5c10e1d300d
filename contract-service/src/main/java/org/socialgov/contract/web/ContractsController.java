package org.socialgov.contract.web;

import java.util.UUID;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.CreateContractDraftCommand;
import org.socialgov.contract.api.FindContractQuery;
import org.socialgov.contract.api.ReviewContractDraftCommand;
import org.socialgov.contract.api.ReviewContractQuery;
import org.socialgov.contract.api.ReviseContractTermsCommand;
import org.socialgov.contract.api.WithdrawContractDraftCommand;
import org.socialgov.contract.query.ContractReviewView;
import org.socialgov.contract.query.ContractView;
import org.socialgov.contract.web.generated.api.ContractHistoryApi;
import org.socialgov.contract.web.generated.api.ContractReviewApi;
import org.socialgov.contract.web.generated.api.ContractsApi;
import org.socialgov.contract.web.generated.model.Contract;
import org.socialgov.contract.web.generated.model.ContractDraftRequest;
import org.socialgov.contract.web.generated.model.ContractReview;
import org.socialgov.contract.web.generated.model.ContractTerms;
import org.socialgov.contract.web.generated.model.EventHistory;
import org.socialgov.platform.identity.CurrentIdentity;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.web.EntityTags;

/** The contract endpoints: each maps the request to a command or query, sends it, and maps the answer. */
@Controller
public class ContractsController implements ContractsApi, ContractReviewApi, ContractHistoryApi {

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
        String contractId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new CreateContractDraftCommand(contractId, tenant(), request.getTitle(),
            ContractModelMapper.toDomain(request.getProvider()), ContractTermsFromApi.toDomain(request.getTerms())));
        ContractView created = find(contractId);
        return withEtag(HttpResponse.created(ContractModelMapper.toModel(created))
            .header(HttpHeaders.LOCATION, "/contracts/" + contractId), created.version());
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AUDITOR})
    public HttpResponse<Contract> getContract(String contractId) {
        ContractView contract = find(contractId);
        return withEtag(HttpResponse.ok(ContractModelMapper.toModel(contract)), contract.version());
    }

    @Override
    @Secured(Roles.CONTRACT_MANAGER)
    public HttpResponse<Contract> reviseContractTerms(String contractId, ContractTerms terms, String ifMatch) {
        commandGateway.sendAndWait(new ReviseContractTermsCommand(contractId, tenant(),
            ContractTermsFromApi.toDomain(terms), EntityTags.expectedVersion(ifMatch)));
        return getContract(contractId);
    }

    @Override
    @Secured(Roles.CONTRACT_MANAGER)
    public HttpResponse<Contract> withdrawContractDraft(String contractId, String ifMatch) {
        commandGateway.sendAndWait(new WithdrawContractDraftCommand(contractId, tenant(),
            EntityTags.expectedVersion(ifMatch)));
        return getContract(contractId);
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AUDITOR})
    public ContractReview reviewContract(String contractId) {
        return ContractModelMapper.toModel(review(contractId));
    }

    @Override
    @Secured(Roles.CONTRACT_MANAGER)
    public HttpResponse<ContractReview> recordContractReview(String contractId, String ifMatch) {
        // The client's contract manager reviews for the client; the provider's own review comes with its access.
        commandGateway.sendAndWait(new ReviewContractDraftCommand(contractId, tenant(), ContractParty.CLIENT,
            EntityTags.expectedVersion(ifMatch)));
        ContractReviewView recorded = review(contractId);
        return withEtag(HttpResponse.ok(ContractModelMapper.toModel(recorded)), recorded.version());
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AUDITOR})
    public EventHistory getContractHistory(String contractId) {
        return ContractModelMapper.toModel(contractId, eventHistory.of(contractId, tenant()));
    }

    private String tenant() {
        return currentIdentity.require().tenant();
    }

    private ContractView find(String contractId) {
        return queryGateway.query(new FindContractQuery(contractId, tenant()), ContractView.class).join();
    }

    private ContractReviewView review(String contractId) {
        return queryGateway.query(new ReviewContractQuery(contractId, tenant()), ContractReviewView.class).join();
    }

    private static <T> HttpResponse<T> withEtag(MutableHttpResponse<T> response, long version) {
        return response.header(HttpHeaders.ETAG, EntityTags.of(version));
    }
}
