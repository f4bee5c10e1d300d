package org.socialgov.contract.domain;

import org.socialgov.platform.axon.NoSuchAggregateException;

/**
 * No such contract for the caller: it does not exist, belongs to another company, or the calling agency is not its
 * provider. The three answer alike, so that nobody learns of a contract they may not see.
 */
public class ContractNotFoundException extends NoSuchAggregateException {

    public ContractNotFoundException(String contractId) {
        super(Contract.class, contractId);
    }
}
