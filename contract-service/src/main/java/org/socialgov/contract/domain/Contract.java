package org.socialgov.contract.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.socialgov.contract.api.ContractDraftCreatedEvent;
import org.socialgov.contract.api.CreateContractDraftCommand;
import org.socialgov.contract.api.Fees;
import org.socialgov.contract.api.Provider;
import org.socialgov.contract.api.Scope;
import org.socialgov.contract.api.Term;

/** An outsourcing contract for social media operations between a client company and a provider. */
public class Contract {

    @AggregateIdentifier
    private String contractId;
    private String client;
    private ContractStatus status;
    private String title;
    private Provider provider;
    private Scope scope;
    private Fees fees;
    private Term term;

    /** Axon rebuilds a contract from its events through this constructor. */
    protected Contract() {
    }

    @CommandHandler
    public Contract(CreateContractDraftCommand command) {
        Term term = command.term();
        if (!term.end().isAfter(term.start())) {
            throw new ContractTermInvalidException(
                "The term must end after it starts, but runs from " + term.start() + " to " + term.end());
        }
        apply(new ContractDraftCreatedEvent(command.contractId(), command.client(), command.title(),
            command.provider(), command.scope(), command.fees(), term));
    }

    @EventSourcingHandler
    void on(ContractDraftCreatedEvent event) {
        contractId = event.contractId();
        client = event.client();
        status = ContractStatus.DRAFT;
        title = event.title();
        provider = event.provider();
        scope = event.scope();
        fees = event.fees();
        term = event.term();
    }

    public ContractState state() {
        return new ContractState(contractId, client, status, title, provider, scope, fees, term);
    }
}
