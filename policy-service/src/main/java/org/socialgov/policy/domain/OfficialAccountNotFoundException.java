package org.socialgov.policy.domain;

import org.socialgov.platform.axon.NoSuchAggregateException;

/** No such official account for the asking company; another company's account is not disclosed. */
public class OfficialAccountNotFoundException extends NoSuchAggregateException {

    public OfficialAccountNotFoundException(String accountId) {
        super(OfficialAccount.class, accountId);
    }
}
