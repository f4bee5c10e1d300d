package org.socialgov.contract.api;

/** Checklist element 12: changes to the contract. */
public record AmendmentClause(boolean writtenAgreementOfBothParties) {
}
