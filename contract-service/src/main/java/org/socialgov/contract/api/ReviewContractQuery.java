package org.socialgov.contract.api;

/**
 * The checklist's findings on the contract's current terms, computed now and recorded nowhere. {@code providerViewer}
 * as in {@link FindContractQuery}.
 */
public record ReviewContractQuery(String contractId, String client, String providerViewer) {
}
