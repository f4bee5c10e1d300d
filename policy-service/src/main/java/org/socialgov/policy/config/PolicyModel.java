package org.socialgov.policy.config;

import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import org.socialgov.platform.axon.EventSourcedModel;
import org.socialgov.policy.api.StaffMemberId;
import org.socialgov.policy.domain.OfficialAccount;
import org.socialgov.policy.domain.SocialMediaPolicy;
import org.socialgov.policy.domain.StaffMember;

/** The aggregates of the policy service. */
@Singleton
public class PolicyModel implements EventSourcedModel {

    @Override
    public List<Class<?>> aggregateTypes() {
        return List.of(SocialMediaPolicy.class, StaffMember.class, OfficialAccount.class);
    }

    @Override
    public Map<Class<?>, String> integrityReports() {
        return Map.of(SocialMediaPolicy.class, "/policies/{id}/integrity");
    }

    /** A staff record is identified by company and person; callers name the person. */
    @Override
    public String identifierAsNamed(Class<?> aggregateType, String aggregateId) {
        return aggregateType == StaffMember.class ? StaffMemberId.personIdOf(aggregateId) : aggregateId;
    }
}
