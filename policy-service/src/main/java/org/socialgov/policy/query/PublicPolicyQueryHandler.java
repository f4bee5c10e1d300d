package org.socialgov.policy.query;

import org.axonframework.queryhandling.QueryHandler;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.policy.api.FindPublicPolicyQuery;
import org.socialgov.policy.api.PublishedVersion;
import org.socialgov.policy.domain.PolicyNotFoundException;
import org.socialgov.policy.domain.PolicyState;

/**
 * What anyone may read of a company's policy: the version in force that day and the accounts active that day. A
 * company unknown here, one with only a draft and one whose first version is still to take effect get one and the
 * same answer, so the public page discloses nothing a company has not published.
 */
@AxonMessageHandlers
public class PublicPolicyQueryHandler {

    private final PolicyQueryHandler policies;
    private final OfficialAccounts officialAccounts;

    public PublicPolicyQueryHandler(PolicyQueryHandler policies, OfficialAccounts officialAccounts) {
        this.policies = policies;
        this.officialAccounts = officialAccounts;
    }

    @QueryHandler
    public PublicPolicyView handle(FindPublicPolicyQuery query) {
        PolicyState policy = policies.ofTenant(query.tenant()).orElseThrow(PublicPolicyQueryHandler::noPolicyInForce);
        PublishedVersion inForce = policy.inForceOn(query.on())
            .orElseThrow(PublicPolicyQueryHandler::noPolicyInForce);
        return new PublicPolicyView(query.tenant(), policy.title(), inForce,
            officialAccounts.activeOn(query.tenant(), query.on()));
    }

    private static PolicyNotFoundException noPolicyInForce() {
        return new PolicyNotFoundException("No published policy is in force");
    }
}
