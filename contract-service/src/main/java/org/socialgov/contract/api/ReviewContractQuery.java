package org.socialgov.contract.api;

/** The checklist's findings on the contract's current terms, computed now and recorded nowhere. */
public record ReviewContractQuery(String contractId, String client) {
}
