package org.socialgov.platform.axon;

import java.util.Map;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same event-store scenarios against a real MongoDB (a single-node replica set, as production runs). Skipped
 * where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoDbContainerEventStoreTest extends EventStoreScenarios {

    @Container
    private static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0").withReplicaSet();

    @Override
    protected Map<String, Object> storeProperties() {
        return Map.of("socialgov.store.uri", MONGO.getReplicaSetUrl());
    }
}
