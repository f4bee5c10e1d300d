package org.socialgov.contract.api;

/** Who operates the accounts: a web or marketing company, or an individual freelancer. */
public enum ProviderKind {
    AGENCY,
    FREELANCER
}
