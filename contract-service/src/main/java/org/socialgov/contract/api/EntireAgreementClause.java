package org.socialgov.contract.api;

/** Checklist element 15: the contract is the whole agreement; earlier understandings do not bind. */
public record EntireAgreementClause(boolean agreed) {
}
