package org.socialgov.platform.testmodel;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.socialgov.platform.axon.BusinessName;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * The smallest aggregate that exercises the platform: opened once, then any number of entries. Its one rule (an entry
 * has an amount) exists only so that tests can see a business refusal; the tests are about the platform, not a domain.
 */
@BusinessName("ledger")
public class Ledger {

    @AggregateIdentifier
    private String ledgerId;
    private long balance;

    /** Axon rebuilds a ledger from its events through this constructor. */
    protected Ledger() {
    }

    @CommandHandler
    public Ledger(OpenLedgerCommand command) {
        apply(new LedgerOpenedEvent(command.ledgerId()));
    }

    @CommandHandler
    void handle(RecordEntryCommand command) {
        if (command.amount() == 0) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "An entry needs a non-zero amount");
        }
        apply(new EntryRecordedEvent(ledgerId, command.amount()));
    }

    @EventSourcingHandler
    void on(LedgerOpenedEvent event) {
        ledgerId = event.ledgerId();
    }

    @EventSourcingHandler
    void on(EntryRecordedEvent event) {
        balance += event.amount();
    }

    public long balance() {
        return balance;
    }
}
