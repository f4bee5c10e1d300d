package org.socialgov.contract.api;

/** The two parties to a contract. */
public enum ContractParty {
    /** The company that outsources the work (the tenant). */
    CLIENT,
    /** The agency or freelancer doing the work. */
    PROVIDER
}
