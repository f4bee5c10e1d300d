package org.socialgov.contract.api;

/** The element-by-element differences between two numbered versions of a contract's terms. */
public record CompareContractVersionsQuery(String contractId, String client, String providerViewer, int fromVersion,
                                           int toVersion) {
}
