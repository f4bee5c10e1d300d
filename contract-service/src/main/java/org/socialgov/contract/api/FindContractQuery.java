package org.socialgov.contract.api;

/**
 * The contract as it stands now, if it belongs to the given client company and, when {@code providerViewer} is
 * set (an agency asking), if that provider is party to it.
 */
public record FindContractQuery(String contractId, String client, String providerViewer) {
}
