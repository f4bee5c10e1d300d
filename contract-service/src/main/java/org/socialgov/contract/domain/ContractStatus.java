package org.socialgov.contract.domain;

/** Where a contract is in its life. */
public enum ContractStatus {
    /** Being negotiated: terms may still change; a party may already have signed this version. */
    DRAFT,
    /** Abandoned before signature; kept on the record, changes no more. */
    WITHDRAWN,
    /** Signed by both parties; binding from the first day of its term. */
    ACTIVE,
    /** Ended early by a party; the surviving duties still bind. */
    TERMINATED,
    /** Ran to the end of its term without renewal; the surviving duties still bind. */
    EXPIRED
}
