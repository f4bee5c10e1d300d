package org.socialgov.platform.testmodel;

/** One ledger as the projection sees it: the last sequence number applied, how many events, and the balance. */
public record LedgerSummary(long lastSequenceNumber, int eventsApplied, long balance) {

    public LedgerSummary plus(long sequenceNumber, long amount) {
        return new LedgerSummary(sequenceNumber, eventsApplied + 1, balance + amount);
    }
}
