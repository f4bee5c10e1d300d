package org.socialgov.contract.domain;

/** Where a contract is in its life. */
public enum ContractStatus {
    /** Being negotiated: terms may still change; nobody is bound yet. */
    DRAFT,
    /** Abandoned before signature; kept on the record, changes no more. */
    WITHDRAWN
}
