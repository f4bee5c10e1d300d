package org.socialgov.policy.query;

import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.policy.api.FindPolicyInForceForStaffQuery;
import org.socialgov.policy.api.PublishedVersion;
import org.socialgov.policy.domain.BoundStaff;
import org.socialgov.policy.domain.PolicyNotFoundException;
import org.socialgov.policy.domain.PolicyState;
import org.socialgov.policy.domain.StaffMemberState;

/**
 * What a person on staff reads to find the policy they must acknowledge: the policy in force with its identifier and
 * version, and their own acknowledgements. The same people may read it as may acknowledge it ({@link BoundStaff}),
 * each decided on their own record and the policy's.
 */
@AxonMessageHandlers
public class StaffPolicyQueryHandler {

    private final PolicyQueryHandler policies;
    private final RecordedStaff staff;

    public StaffPolicyQueryHandler(PolicyQueryHandler policies, RecordedStaff staff) {
        this.policies = policies;
        this.staff = staff;
    }

    @QueryHandler
    public PolicyInForceForStaff handle(FindPolicyInForceForStaffQuery query) {
        StaffMemberState person = BoundStaff.require(query.tenant(), query.personId(), staff);
        PolicyState policy = policies.ofTenant(query.tenant()).orElseThrow(StaffPolicyQueryHandler::noneInForce);
        PublishedVersion inForce = policy.inForceOn(query.on()).orElseThrow(StaffPolicyQueryHandler::noneInForce);
        List<PolicyInForceForStaff.OwnAcknowledgement> own = policy.published().stream()
            .flatMap(version -> policy.acknowledgementsOf(version.versionNo()).stream()
                .filter(acknowledgement -> acknowledgement.personId().equals(query.personId()))
                .map(acknowledgement -> new PolicyInForceForStaff.OwnAcknowledgement(version.versionNo(),
                    acknowledgement.acknowledgedAt(), acknowledgement.channel())))
            .toList();
        return new PolicyInForceForStaff(policy.policyId(), policy.title(), inForce, person.personId(),
            person.standing(), own);
    }

    private static PolicyNotFoundException noneInForce() {
        return new PolicyNotFoundException("The company has no policy in force yet");
    }
}
