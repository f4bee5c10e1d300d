package org.socialgov.contract.api;

/** How much a review finding matters. */
public enum FindingSeverity {
    /** The contract cannot be signed until this is fixed. */
    BLOCKING,
    /** A risk the signing party may accept, with a written justification. */
    WARNING,
    /** Worth knowing; no action needed. */
    INFO
}
