package org.socialgov.contract.web;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.contract.ContractServiceApplication;
import org.socialgov.platform.ops.ServiceLauncher;
import org.socialgov.platform.rebuild.ProjectionRebuildCommand;
import org.socialgov.testsupport.InternalTokens;

/** {@code rebuild-projections} on the command line, with the service stopped: the read models come back whole. */
class ProjectionRebuildCommandTest {

    private static final String MANAGER = InternalTokens.forUser("alice", "acme", "CONTRACT_MANAGER");

    @TempDir
    Path dataDir;

    @Test
    void givenDamagedReadModelAndStoppedService_whenRebuiltFromTheCommandLine_thenExitsZeroAndReadModelIsWhole() {
        List<Document> builtLive;
        try (ContractServiceRunner service = ContractServiceRunner.start(dataDir)) {
            for (int i = 0; i < 3; i++) {
                service.http().retrieve(HttpRequest.POST("/contracts", ContractFixtures.draftRequestJson())
                    .contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER));
            }
            await().atMost(Duration.ofSeconds(20))
                .until(() -> StoredContractSummaries.all(service.context()).size() == 3);
            builtLive = StoredContractSummaries.all(service.context());
            StoredContractSummaries.collection(service.context()).updateOne(eq("_id", builtLive.get(0).get("_id")),
                set("title", "damaged"));
        }

        int exitStatus = ProjectionRebuildCommand.run(commandLineContext(), "rebuild-projections");

        assertEquals(ProjectionRebuildCommand.COMPLETED, exitStatus);
        try (ContractServiceRunner restarted = ContractServiceRunner.start(dataDir)) {
            assertEquals(builtLive, StoredContractSummaries.all(restarted.context()));
        }
    }

    @Test
    void givenUnknownProcessingGroup_whenRebuiltFromTheCommandLine_thenExitsWithUsageError() {
        int exitStatus = ProjectionRebuildCommand.run(commandLineContext(), "rebuild-projections", "no-such-group");

        assertEquals(ProjectionRebuildCommand.USAGE, exitStatus);
    }

    /** What the service's main builds for the command, on the test's store. */
    private ApplicationContextBuilder commandLineContext() {
        return ServiceLauncher.commandContext(ContractServiceApplication.class, ProjectionRebuildCommand.NAME)
            .properties(ContractServiceRunner.settings(dataDir));
    }
}
