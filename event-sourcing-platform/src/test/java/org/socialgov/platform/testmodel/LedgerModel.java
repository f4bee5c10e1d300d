package org.socialgov.platform.testmodel;

import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import org.socialgov.platform.axon.EventSourcedModel;

/** The test model's aggregates, as a service would declare its own. */
@Singleton
public class LedgerModel implements EventSourcedModel {

    @Override
    public List<Class<?>> aggregateTypes() {
        return List.of(Ledger.class);
    }

    @Override
    public Map<Class<?>, String> integrityReports() {
        return Map.of(Ledger.class, "/test-ledgers/{id}/integrity");
    }
}
