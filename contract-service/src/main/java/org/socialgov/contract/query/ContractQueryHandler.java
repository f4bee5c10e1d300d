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
            new PointInHistory(query.version(), query.instant()),
            contract -> visible(contract.state(), query.client(), query.providerViewer()));
        return new ContractView(read.value(), read.version());
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
        AggregateReader.Versioned<ContractState> read = aggregateReader.read(Contract.class, contractId,
            contract -> visible(contract.state(), client, providerViewer));
        return new ContractView(read.value(), read.version());
    }

    /**
     * Another company's contract, or for an agency one it is not party to, does not exist as far as it can tell: at
     * whatever point in its history it asks about, before anything else about that point is said.
     */
    private static ContractState visible(ContractState contract, String client, String providerViewer) {
        if (!contract.client().equals(client)
            || (providerViewer != null && !providerViewer.equals(contract.provider().providerId()))) {
            throw new ContractNotFoundException(contract.contractId());
        }
        return contract;
    }
}
