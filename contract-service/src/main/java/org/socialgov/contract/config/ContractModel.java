package org.socialgov.contract.config;

import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import org.socialgov.contract.domain.Contract;
import org.socialgov.platform.axon.EventSourcedModel;

/** The aggregates of the contract service. */
@Singleton
public class ContractModel implements EventSourcedModel {

    @Override
    public List<Class<?>> aggregateTypes() {
        return List.of(Contract.class);
    }

    @Override
    public Map<Class<?>, String> integrityReports() {
        return Map.of(Contract.class, "/contracts/{id}/integrity");
    }
}
