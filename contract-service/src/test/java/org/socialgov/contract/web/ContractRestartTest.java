package org.socialgov.contract.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.testsupport.InternalTokens;

class ContractRestartTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @TempDir
    Path dataDir;

    @Test
    void givenCreatedDraft_whenServiceRestarts_thenDraftAndHistoryAreStillThere() {
        String token = InternalTokens.forUser("alice", "acme", "CONTRACT_MANAGER");
        String contractId;
        Map<String, Object> before;
        try (ContractServiceRunner service = ContractServiceRunner.start(dataDir)) {
            before = service.http().retrieve(HttpRequest.POST("/contracts", ContractFixtures.draftRequestJson())
                .contentType(MediaType.APPLICATION_JSON).bearerAuth(token), JSON);
            contractId = (String) before.get("contractId");
        }

        try (ContractServiceRunner restarted = ContractServiceRunner.start(dataDir)) {
            HttpResponse<Map<String, Object>> after = restarted.http().exchange(
                HttpRequest.GET("/contracts/" + contractId).bearerAuth(token), JSON);
            assertEquals(before, after.body());
            assertEquals("\"0\"", after.header(HttpHeaders.ETAG));
            Map<String, Object> history = restarted.http().retrieve(
                HttpRequest.GET("/contracts/" + contractId + "/history").bearerAuth(token), JSON);
            assertEquals(1, ((java.util.List<?>) history.get("events")).size());
        }
    }
}
