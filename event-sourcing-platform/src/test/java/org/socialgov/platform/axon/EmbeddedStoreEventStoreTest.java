package org.socialgov.platform.axon;

import java.util.Map;

/** The event-store scenarios on the embedded MongoDB stand-in that services use by default. */
class EmbeddedStoreEventStoreTest extends EventStoreScenarios {

    @Override
    protected Map<String, Object> storeProperties() {
        return Map.of(); // TestServices selects the embedded store, kept under the test's temporary directory
    }
}
