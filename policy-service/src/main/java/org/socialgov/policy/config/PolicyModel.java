package org.socialgov.policy.config;

import java.util.List;

import jakarta.inject.Singleton;
import org.socialgov.platform.axon.EventSourcedModel;

/** The aggregates of the policy service; its domain arrives with its own issue, so none yet. */
@Singleton
public class PolicyModel implements EventSourcedModel {

    @Override
    public List<Class<?>> aggregateTypes() {
        return List.of();
    }
}
