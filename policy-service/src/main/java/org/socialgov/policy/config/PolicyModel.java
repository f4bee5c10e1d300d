package org.socialgov.policy.config;

import java.util.List;

import jakarta.inject.Singleton;
import org.socialgov.platform.axon.EventSourcedModel;
import org.socialgov.policy.domain.OfficialAccount;

/** The aggregates of the policy service. */
@Singleton
public class PolicyModel implements EventSourcedModel {

    @Override
    public List<Class<?>> aggregateTypes() {
        return List.of(OfficialAccount.class);
    }
}
