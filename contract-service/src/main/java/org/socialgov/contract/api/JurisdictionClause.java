package org.socialgov.contract.api;

/** Checklist element 17: the court the parties agree disputes go to. */
public record JurisdictionClause(String agreedCourt) {
}
