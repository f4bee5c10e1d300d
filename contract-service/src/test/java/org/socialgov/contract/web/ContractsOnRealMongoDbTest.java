package org.socialgov.contract.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same flow against a real MongoDB replica set; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class ContractsOnRealMongoDbTest extends ContractDraftFlowScenarios {

    @Container
    private static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");
    private static ContractServiceRunner service;

    @BeforeAll
    static void start() {
        service = ContractServiceRunner.startOn(MONGO.getReplicaSetUrl("contract-service"));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Override
    ContractServiceRunner service() {
        return service;
    }
}
