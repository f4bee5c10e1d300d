package org.socialgov.contract.domain;

import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.Provider;

/** What the contract says right now, as decided by the aggregate; read by queries, never written to. */
public record ContractState(String contractId, String client, ContractStatus status, String title, Provider provider,
                            ContractTerms terms) {
}
