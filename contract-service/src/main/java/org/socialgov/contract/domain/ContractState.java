package org.socialgov.contract.domain;

import org.socialgov.contract.api.Fees;
import org.socialgov.contract.api.Provider;
import org.socialgov.contract.api.Scope;
import org.socialgov.contract.api.Term;

/** What the contract says right now, as decided by the aggregate; read by queries, never written to. */
public record ContractState(String contractId, String client, ContractStatus status, String title, Provider provider,
                            Scope scope, Fees fees, Term term) {
}
