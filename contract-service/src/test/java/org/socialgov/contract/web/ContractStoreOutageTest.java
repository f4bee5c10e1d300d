package org.socialgov.contract.web;

import java.nio.file.Path;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.platform.store.EmbeddedMongoStore;
import org.socialgov.testsupport.InternalTokens;

class ContractStoreOutageTest {

    @TempDir
    Path dataDir;

    @Test
    void givenTheStoreIsDown_whenDraftCreated_thenServiceUnavailableProblem() {
        EmbeddedMongoStore store = EmbeddedMongoStore.start(dataDir.resolve("store.mv"), 0);
        String uri = store.connectionString() + "/?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000";
        try (ContractServiceRunner service = ContractServiceRunner.startOn(uri)) {
            store.close();

            ContractsHttpTest.assertProblem(() -> service.http().exchange(
                HttpRequest.POST("/contracts", ContractFixtures.draftRequestJson())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bearerAuth(InternalTokens.forUser("alice", "acme", "CONTRACT_MANAGER")),
                Argument.mapOf(String.class, Object.class)), 503, "service-unavailable");
        }
    }
}
