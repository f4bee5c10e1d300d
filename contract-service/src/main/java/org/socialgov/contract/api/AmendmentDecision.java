package org.socialgov.contract.api;

/** What a party does with an open amendment. */
public enum AmendmentDecision {
    /** The other party agrees: the amendment becomes a new version of the contract. */
    ACCEPT,
    /** The other party declines it. */
    REJECT,
    /** The proposer takes it back. */
    WITHDRAW
}
