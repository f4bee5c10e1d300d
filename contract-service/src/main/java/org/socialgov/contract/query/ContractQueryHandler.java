package org.socialgov.contract.query;

import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.socialgov.contract.api.CompareContractVersionsQuery;
import org.socialgov.contract.api.FindContractAsOfQuery;
import org.socialgov.contract.api.ContractVersion;
import org.socialgov.contract.api.FindContractQuery;
import org.socialgov.contract.api.ReviewContractQuery;
import org.socialgov.contract.api.ReviewFinding;
import org.socialgov.contract.api.TermChange;
import org.socialgov.contract.domain.Contract;
import org.socialgov.contract.domain.ContractNotFoundException;
import org.socialgov.contract.domain.ContractReviewChecklist;
import org.socialgov.contract.domain.ContractState;
import org.socialgov.contract.domain.ContractVersionComparison;
import org.socialgov.platform.axon.AggregateReader;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.axon.PointInHistory;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** Answers questions about single contracts from the contracts' own event streams. */
@AxonMessageHandlers
public class ContractQueryHandler {

    private final AggregateReader aggregateReader;
    private final ContractReviewChecklist checklist = new ContractReviewChecklist();

    public ContractQueryHandler(AggregateReader aggregateReader) {
        this.aggregateReader = aggregateReader;
    }

    @QueryHandler
    public ContractView handle(FindContractQuery query) {
        return read(query.contractId(), query.client(), query.providerViewer());
    }

    @QueryHandler
    public ContractView handle(FindContractAsOfQuery query) {
        AggregateReader.Versioned<ContractState> read = aggregateReader.readAsOf(Contract.class, query.contractId(),
            new PointInHistory(query.version(), query.instant()), Contract::state);
        return visible(read, query.client(), query.providerViewer());
    }

    @QueryHandler
    public ContractReviewView handle(ReviewContractQuery query) {
        ContractView contract = read(query.contractId(), query.client(), query.providerViewer());
        List<ReviewFinding> findings = checklist.review(contract.contract().terms());
        return new ContractReviewView(query.contractId(), contract.version(), findings,
            ContractReviewChecklist.signable(findings));
    }

    @QueryHandler
    public List<TermChange> handle(CompareContractVersionsQuery query) {
        List<ContractVersion> versions = read(query.contractId(), query.client(), query.providerViewer()).contract()
            .versions();
        return ContractVersionComparison.changes(version(versions, query.fromVersion()).terms(),
            version(versions, query.toVersion()).terms());
    }

    private static ContractVersion version(List<ContractVersion> versions, int versionNo) {
        return versions.stream().filter(version -> version.versionNo() == versionNo).findFirst()
            .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "The contract has no version " + versionNo
                + "; it has " + versions.size()));
    }

    private ContractView read(String contractId, String client, String providerViewer) {
        return visible(aggregateReader.read(Contract.class, contractId, Contract::state), client, providerViewer);
    }

    private static ContractView visible(AggregateReader.Versioned<ContractState> read, String client,
                                        String providerViewer) {
        String contractId = read.value().contractId();
        // Another company's contract, or for an agency one it is not party to, does not exist as far as it can tell.
        if (!read.value().client().equals(client)
            || (providerViewer != null && !providerViewer.equals(read.value().provider().providerId()))) {
            throw new ContractNotFoundException(contractId);
        }
        return new ContractView(read.value(), read.version());
    }
}
