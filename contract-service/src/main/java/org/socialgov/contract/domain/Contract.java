package org.socialgov.contract.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.socialgov.contract.api.ContractDraftCreatedEvent;
import org.socialgov.contract.api.ContractDraftReviewedEvent;
import org.socialgov.contract.api.ContractDraftWithdrawnEvent;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.ContractTermsRevisedEvent;
import org.socialgov.contract.api.CreateContractDraftCommand;
import org.socialgov.contract.api.Provider;
import org.socialgov.contract.api.ReviewContractDraftCommand;
import org.socialgov.contract.api.ReviseContractTermsCommand;
import org.socialgov.contract.api.Term;
import org.socialgov.contract.api.WithdrawContractDraftCommand;

/** An outsourcing contract for social media operations between a client company and a provider. */
public class Contract {

    private static final ContractReviewChecklist CHECKLIST = new ContractReviewChecklist();

    @AggregateIdentifier
    private String contractId;
    private String client;
    private ContractStatus status;
    private String title;
    private Provider provider;
    private ContractTerms terms;

    /** Axon rebuilds a contract from its events through this constructor. */
    protected Contract() {
    }

    @CommandHandler
    public Contract(CreateContractDraftCommand command) {
        requireValidTerm(command.terms());
        apply(new ContractDraftCreatedEvent(command.contractId(), command.client(), command.title(),
            command.provider(), command.terms()));
    }

    @CommandHandler
    void handle(ReviseContractTermsCommand command, ConflictResolver changesSinceRead) {
        requireClient(command.client());
        requireUnchangedSinceRead(changesSinceRead);
        requireDraft("have its terms revised");
        requireValidTerm(command.terms());
        apply(new ContractTermsRevisedEvent(contractId, command.terms()));
    }

    @CommandHandler
    void handle(WithdrawContractDraftCommand command, ConflictResolver changesSinceRead) {
        requireClient(command.client());
        requireUnchangedSinceRead(changesSinceRead);
        requireDraft("be withdrawn");
        apply(new ContractDraftWithdrawnEvent(contractId));
    }

    @CommandHandler
    void handle(ReviewContractDraftCommand command, ConflictResolver changesSinceRead) {
        requireClient(command.client());
        requireUnchangedSinceRead(changesSinceRead);
        requireDraft("be reviewed as a draft");
        apply(new ContractDraftReviewedEvent(contractId, command.party(), CHECKLIST.review(terms)));
    }

    private void requireClient(String askingClient) {
        if (!client.equals(askingClient)) {
            throw new ContractNotFoundException(contractId);
        }
    }

    /**
     * A caller who sent the version it read (If-Match) acts only on that version: any event since then refuses the
     * command before any other rule is looked at.
     */
    private static void requireUnchangedSinceRead(ConflictResolver changesSinceRead) {
        changesSinceRead.detectConflicts(changes -> !changes.isEmpty());
    }

    private void requireDraft(String action) {
        if (status != ContractStatus.DRAFT) {
            throw new ContractStateConflictException(status, action);
        }
    }

    private static void requireValidTerm(ContractTerms terms) {
        Term term = terms.term();
        if (term != null && term.start() != null && term.end() != null && !term.end().isAfter(term.start())) {
            throw new ContractTermInvalidException(
                "The term must end after it starts, but runs from " + term.start() + " to " + term.end());
        }
    }

    @EventSourcingHandler
    void on(ContractDraftCreatedEvent event) {
        contractId = event.contractId();
        client = event.client();
        status = ContractStatus.DRAFT;
        title = event.title();
        provider = event.provider();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(ContractTermsRevisedEvent event) {
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(ContractDraftWithdrawnEvent event) {
        status = ContractStatus.WITHDRAWN;
    }

    public ContractState state() {
        return new ContractState(contractId, client, status, title, provider, terms);
    }
}
