package org.socialgov.contract.api;

/** The contract as it stands now, if it belongs to the given client company. */
public record FindContractQuery(String contractId, String client) {
}
