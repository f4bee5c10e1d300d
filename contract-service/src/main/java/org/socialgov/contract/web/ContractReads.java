package org.socialgov.contract.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.socialgov.contract.api.ContractActor;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.CompareContractVersionsQuery;
import org.socialgov.contract.api.FindContractAsOfQuery;
import org.socialgov.contract.api.FindContractQuery;
import org.socialgov.contract.api.ListContractsQuery;
import org.socialgov.contract.api.TermChange;
import org.socialgov.contract.api.ReviewContractQuery;
import org.socialgov.contract.query.ContractPage;
import org.socialgov.contract.query.ContractReviewView;
import org.socialgov.contract.query.ContractView;
import org.socialgov.contract.web.generated.model.Contract;
import org.socialgov.platform.axon.PointInHistory;
import org.socialgov.platform.identity.CurrentIdentity;
import org.socialgov.platform.identity.RequestIdentity;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.web.EntityTags;

/** What the contract controllers share: who is asking, and reading a contract the way that caller may see it. */
@Singleton
class ContractReads {

    private final QueryGateway queryGateway;
    private final CurrentIdentity currentIdentity;

    ContractReads(QueryGateway queryGateway, CurrentIdentity currentIdentity) {
        this.queryGateway = queryGateway;
        this.currentIdentity = currentIdentity;
    }

    RequestIdentity caller() {
        return currentIdentity.require();
    }

    /** The caller as a contract sees who acts on it; the contract decides for which party, if any, they may. */
    ContractActor actor() {
        RequestIdentity caller = caller();
        return new ContractActor(caller.tenant(), caller.actor(), caller.hasRole(Roles.CONTRACT_MANAGER),
            caller.hasRole(Roles.AGENCY));
    }

    /** The party a caller acts for when the request does not say: the client's staff, else the agency. */
    ContractParty partyOf() {
        return caller().hasRole(Roles.CONTRACT_MANAGER) ? ContractParty.CLIENT : ContractParty.PROVIDER;
    }

    ContractView find(String contractId) {
        return queryGateway.query(new FindContractQuery(contractId, caller().tenant(), providerViewer()),
            ContractView.class).join();
    }

    ContractPage list(ContractListing listing, int limit, ContractListing.Position after, LocalDate today) {
        return queryGateway.query(new ListContractsQuery(caller().tenant(), providerViewer(), listing.status(),
            listing.providerId(), listing.endsWithinDays(), today, listing.sort(), listing.descending(), limit,
            after == null ? null : after.contractId(), after == null ? null : after.date()), ContractPage.class)
            .join();
    }

    List<TermChange> compare(String contractId, int fromVersion, int toVersion) {
        return queryGateway.query(new CompareContractVersionsQuery(contractId, caller().tenant(), providerViewer(),
            fromVersion, toVersion), ResponseTypes.multipleInstancesOf(TermChange.class)).join();
    }

    ContractReviewView review(String contractId) {
        return queryGateway.query(new ReviewContractQuery(contractId, caller().tenant(), providerViewer()),
            ContractReviewView.class).join();
    }

    /** The contract as it stands now, with its version as ETag. */
    HttpResponse<Contract> current(String contractId) {
        return respond(find(contractId));
    }

    /** The contract as it was at a version or an instant, with that version as ETag. */
    HttpResponse<Contract> asOf(String contractId, Long version, Instant instant) {
        return respond(asOf(contractId, new PointInHistory(version, instant)));
    }

    /** The contract as it was at that point, rebuilt from its events, for a caller who may see it. */
    ContractView asOf(String contractId, PointInHistory point) {
        return queryGateway.query(new FindContractAsOfQuery(contractId, caller().tenant(), providerViewer(),
            point.version(), point.instant()), ContractView.class).join();
    }

    /**
     * The contract as it stands right after the caller handed its party's position on to the assignee: the caller may
     * no longer see it afterwards, but it sees the outcome of its own request once.
     */
    HttpResponse<Contract> afterAssignment(String contractId, ContractParty party, String assignee) {
        String client = party == ContractParty.CLIENT ? assignee : caller().tenant();
        return respond(queryGateway.query(new FindContractQuery(contractId, client, null), ContractView.class)
            .join());
    }

    private static HttpResponse<Contract> respond(ContractView contract) {
        return withEtag(HttpResponse.ok(ContractModelMapper.toModel(contract)), contract.version());
    }

    static <T> HttpResponse<T> withEtag(MutableHttpResponse<T> response, long version) {
        return response.header(HttpHeaders.ETAG, EntityTags.of(version));
    }

    /** An agency sees only contracts it is party to; client staff and auditors see all of their company's. */
    private String providerViewer() {
        RequestIdentity caller = caller();
        boolean clientSide = caller.hasRole(Roles.CONTRACT_MANAGER) || caller.hasRole(Roles.AUDITOR);
        return clientSide ? null : caller.actor();
    }
}
