package org.socialgov.platform.testmodel;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * The smallest aggregate that exercises the platform: opened once, then any number of entries. It has no business
 * rule on purpose; the tests are about storage, tracking and metadata, not about a domain.
 */
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
