package org.socialgov.contract.query;

import org.socialgov.contract.domain.ContractState;

/** A contract's state with the version it was read at (the ETag clients send back). */
public record ContractView(ContractState contract, long version) {
}
