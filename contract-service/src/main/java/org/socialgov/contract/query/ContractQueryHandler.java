package org.socialgov.contract.query;

import org.axonframework.queryhandling.QueryHandler;
import org.socialgov.contract.api.FindContractQuery;
import org.socialgov.contract.domain.Contract;
import org.socialgov.contract.domain.ContractState;
import org.socialgov.platform.axon.AggregateReader;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** Answers questions about single contracts from the contracts' own event streams. */
@AxonMessageHandlers
public class ContractQueryHandler {

    private final AggregateReader aggregateReader;

    public ContractQueryHandler(AggregateReader aggregateReader) {
        this.aggregateReader = aggregateReader;
    }

    @QueryHandler
    public ContractView handle(FindContractQuery query) {
        AggregateReader.Versioned<ContractState> read =
            aggregateReader.read(Contract.class, query.contractId(), Contract::state);
        // Another company's contract does not exist as far as this caller can tell.
        if (!read.value().client().equals(query.client())) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No contract '" + query.contractId() + "'");
        }
        return new ContractView(read.value(), read.version());
    }
}
