package org.socialgov.policy.query;

import org.axonframework.queryhandling.QueryHandler;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.policy.api.FindPolicyQuery;
import org.socialgov.policy.api.FindPublicPolicyQuery;
import org.socialgov.policy.api.PublishedVersion;
import org.socialgov.policy.domain.PolicyIds;
import org.socialgov.policy.domain.PolicyNotFoundException;
import org.socialgov.policy.domain.PolicyState;

/** What anyone may read of a company's policy: the version in force that day and the accounts active that day. */
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
        String policyId = PolicyIds.forTenant(query.tenant());
        PolicyState policy = policies.handle(new FindPolicyQuery(policyId, query.tenant(), null, null)).policy();
        PublishedVersion inForce = policy.inForceOn(query.on())
            .orElseThrow(() -> new PolicyNotFoundException("No published policy of '" + query.tenant() + "'"));
        return new PublicPolicyView(query.tenant(), policy.title(), inForce,
            officialAccounts.activeOn(query.tenant(), query.on()));
    }
}
