package org.socialgov.contract.api;

/** Whether the provider may hand work to a third party. */
public enum SubcontractingPolicy {
    FORBIDDEN,
    /** Only with the client's consent, in writing, given before the subcontractor starts. */
    PRIOR_WRITTEN_CONSENT,
    FREE
}
