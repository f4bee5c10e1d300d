package org.socialgov.contract.web;

import java.time.Clock;
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
import org.socialgov.contract.api.SignContractCommand;
import org.socialgov.contract.api.Signatory;
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
import org.socialgov.contract.web.generated.model.SignatureRequest;
import org.socialgov.platform.identity.CurrentIdentity;
import org.socialgov.platform.identity.RequestIdentity;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.web.EntityTags;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** The contract endpoints: each maps the request to a command or query, sends it, and maps the answer. */
@Controller
public class ContractsController implements ContractsApi, ContractReviewApi, ContractHistoryApi {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final CurrentIdentity currentIdentity;
    private final org.socialgov.platform.history.EventHistory eventHistory;
    private final Clock clock = Clock.systemUTC();

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
    @Secured({Roles.CONTRACT_MANAGER, Roles.AUDITOR, Roles.AGENCY})
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
    @Secured({Roles.CONTRACT_MANAGER, Roles.AUDITOR, Roles.AGENCY})
    public ContractReview reviewContract(String contractId) {
        return ContractModelMapper.toModel(review(contractId));
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AGENCY})
    public HttpResponse<Contract> signContract(String contractId, SignatureRequest request, String ifMatch) {
        RequestIdentity caller = currentIdentity.require();
        ContractParty party = ContractParty.valueOf(request.getParty().name());
        // The client's contract manager signs for the client; an agency only for itself, which the contract checks.
        String neededRole = party == ContractParty.CLIENT ? Roles.CONTRACT_MANAGER : Roles.AGENCY;
        if (!caller.hasRole(neededRole)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Signing for the " + party.name().toLowerCase()
                + " needs the role " + neededRole);
        }
        commandGateway.sendAndWait(new SignContractCommand(contractId, caller.tenant(), party, caller.actor(),
            new Signatory(request.getSignatoryName(), request.getSignatoryRole()), clock.instant(),
            ContractModelMapper.toDomain(request.getAcceptedWarnings()), EntityTags.expectedVersion(ifMatch)));
        return getContract(contractId);
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

    /** An agency sees only contracts it is party to; client staff and auditors see all of their company's. */
    private String providerViewer() {
        RequestIdentity caller = currentIdentity.require();
        boolean clientSide = caller.hasRole(Roles.CONTRACT_MANAGER) || caller.hasRole(Roles.AUDITOR);
        return clientSide ? null : caller.actor();
    }

    private ContractView find(String contractId) {
        return queryGateway.query(new FindContractQuery(contractId, tenant(), providerViewer()), ContractView.class)
            .join();
    }

    private ContractReviewView review(String contractId) {
        return queryGateway.query(new ReviewContractQuery(contractId, tenant(), providerViewer()),
            ContractReviewView.class).join();
    }

    private static <T> HttpResponse<T> withEtag(MutableHttpResponse<T> response, long version) {
        return response.header(HttpHeaders.ETAG, EntityTags.of(version));
    }
}
