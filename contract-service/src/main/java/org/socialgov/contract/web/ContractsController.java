package org.socialgov.contract.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.CreateContractDraftCommand;
import org.socialgov.contract.api.ReviewContractDraftCommand;
import org.socialgov.contract.api.ReviseContractTermsCommand;
import org.socialgov.contract.api.WithdrawContractDraftCommand;
import org.socialgov.contract.query.ContractPage;
import org.socialgov.contract.query.ContractReviewView;
import org.socialgov.contract.query.ContractSummary;
import org.socialgov.contract.query.ContractView;
import org.socialgov.contract.web.generated.api.ContractReviewApi;
import org.socialgov.contract.web.generated.api.ContractsApi;
import org.socialgov.contract.web.generated.model.Contract;
import org.socialgov.contract.web.generated.model.ContractDraftRequest;
import org.socialgov.contract.web.generated.model.ContractList;
import org.socialgov.contract.web.generated.model.ContractReview;
import org.socialgov.contract.web.generated.model.ContractStatus;
import org.socialgov.contract.web.generated.model.ContractTerms;
import org.socialgov.platform.axon.PointInHistory;
import org.socialgov.platform.idempotency.Idempotent;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.web.EntityTags;

/** Drafting, reviewing and reading contracts: each maps the request to a command or query and maps the answer. */
@Controller
public class ContractsController implements ContractsApi, ContractReviewApi {

    private final CommandGateway commandGateway;
    private final ContractReads reads;
    private final Clock clock;
    private static final int DEFAULT_PAGE_SIZE = 20;

    public ContractsController(CommandGateway commandGateway, ContractReads reads, Clock clock) {
        this.clock = clock;
        this.commandGateway = commandGateway;
        this.reads = reads;
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AUDITOR, Roles.AGENCY})
    public ContractList listContracts(ContractStatus status, String providerId, Integer endsWithinDays,
                                      Integer limit, org.socialgov.contract.web.generated.model.ContractListSort sort,
                                      String cursor) {
        ContractListing listing = ContractListing.of(sort, status, providerId, endsWithinDays);
        ContractListing.Position after = listing.positionAfter(cursor);
        ContractPage page = reads.list(listing, limit == null ? DEFAULT_PAGE_SIZE : limit, after,
            LocalDate.now(clock));
        List<ContractSummary> items = page.items();
        return new ContractList(items.stream().map(ContractModelMapper::toModel).toList())
            .nextCursor(page.lastContractIdIfMore() == null ? null : listing.cursorAfter(items.get(items.size() - 1)));
    }

    @Override
    @Secured(Roles.CONTRACT_MANAGER)
    @Idempotent
    public HttpResponse<Contract> createContractDraft(ContractDraftRequest request, String idempotencyKey) {
        String contractId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new CreateContractDraftCommand(contractId, reads.actor(),
            request.getTitle(), ContractModelMapper.toDomain(request.getProvider()),
            ContractTermsFromApi.toDomain(request.getTerms())));
        ContractView created = reads.find(contractId);
        return ContractReads.withEtag(HttpResponse.created(ContractModelMapper.toModel(created))
            .header(HttpHeaders.LOCATION, "/contracts/" + contractId), created.version());
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AUDITOR, Roles.AGENCY})
    public HttpResponse<Contract> getContract(String contractId, Long version, OffsetDateTime asOf) {
        return PointInHistory.askedFor(version, asOf == null ? null : asOf.toInstant())
            .map(point -> reads.asOf(contractId, point.version(), point.instant()))
            .orElseGet(() -> reads.current(contractId));
    }

    @Override
    @Secured(Roles.CONTRACT_MANAGER)
    public HttpResponse<Contract> reviseContractTerms(String contractId, ContractTerms terms, String ifMatch) {
        commandGateway.sendAndWait(new ReviseContractTermsCommand(contractId, reads.actor(),
            ContractTermsFromApi.toDomain(terms), EntityTags.expectedVersion(ifMatch)));
        return reads.current(contractId);
    }

    @Override
    @Secured(Roles.CONTRACT_MANAGER)
    @Idempotent
    public HttpResponse<Contract> withdrawContractDraft(String contractId, String idempotencyKey, String ifMatch) {
        commandGateway.sendAndWait(new WithdrawContractDraftCommand(contractId, reads.actor(),
            EntityTags.expectedVersion(ifMatch)));
        return reads.current(contractId);
    }

    @Override
    @Secured({Roles.CONTRACT_MANAGER, Roles.AUDITOR, Roles.AGENCY})
    public ContractReview reviewContract(String contractId) {
        return ContractModelMapper.toModel(reads.review(contractId));
    }

    @Override
    @Secured(Roles.CONTRACT_MANAGER)
    @Idempotent
    public HttpResponse<ContractReview> recordContractReview(String contractId, String idempotencyKey, String ifMatch) {
        // The client's contract manager reviews for the client.
        commandGateway.sendAndWait(new ReviewContractDraftCommand(contractId, reads.actor(),
            ContractParty.CLIENT, EntityTags.expectedVersion(ifMatch)));
        ContractReviewView recorded = reads.review(contractId);
        return ContractReads.withEtag(HttpResponse.ok(ContractModelMapper.toModel(recorded)), recorded.version());
    }
}
