package org.socialgov.contract.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.testsupport.InternalTokens;

/** Auditors read a contract as it was, at a version or an instant, rebuilt from its events. */
class ContractAsOfHttpTest {

    private static final String AUDITOR = InternalTokens.forUser("ann", "acme", "AUDITOR");
    private static final String MANAGER = ContractServiceHttpTestBase.MANAGER;

    @TempDir
    static Path dataDir;
    private static ContractServiceRunner service;

    @BeforeAll
    static void start() {
        // Snapshots after every two events, so that the current read comes from a snapshot.
        service = ContractServiceRunner.start(dataDir, Map.of("socialgov.events.snapshot-threshold", 2));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void givenRevisedContract_whenReadAtEachVersion_thenAsItWasThen() {
        Instant beforeCreation = Instant.now().minusSeconds(1);
        String id = (String) service.http().retrieve(HttpRequest.POST("/contracts", ContractFixtures.draftRequestJson())
            .contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER), ContractServiceHttpTestBase.JSON)
            .get("contractId");
        revise(id, "{\"scope\":{\"platforms\":[\"LINKEDIN\"]}}");
        revise(id, "{\"scope\":{\"platforms\":[\"TIKTOK\"]}}");
        revise(id, "{}");

        HttpResponse<Map<String, Object>> original = read(id, "?version=0");
        assertEquals("\"0\"", original.header(HttpHeaders.ETAG));
        assertEquals("2500.00", ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) original.body().get("terms")).get("fees"))
            .get("baseMonthlyFee")).get("amount"));
        assertEquals(Map.of("scope", Map.of("platforms", List.of("TIKTOK"))),
            read(id, "?version=2").body().get("terms"));

        assertEquals(read(id, "").body(), read(id, "?version=3").body(),
            "the current read (from a snapshot) equals the replay of every event");
        assertEquals(read(id, "").body(), read(id, "?asOf=" + Instant.now()).body());
        assertEquals(1, service.context().getBean(MongoDatabase.class).getCollection("snapshotevents")
            .countDocuments(new Document("aggregateIdentifier", id)), "a snapshot exists for this contract");

        List<?> history = (List<?>) service.http().retrieve(HttpRequest.GET("/contracts/" + id + "/history")
            .bearerAuth(AUDITOR), ContractServiceHttpTestBase.JSON).get("events");
        assertEquals(List.of("ContractDraftCreatedEvent", "ContractTermsRevisedEvent", "ContractTermsRevisedEvent",
                "ContractTermsRevisedEvent"), history.stream().map(event -> ((Map<?, ?>) event).get("eventType")).toList(),
            "the history is every event from the first, whatever the snapshots");

        ContractsHttpTest.assertProblem(() -> service.http().exchange(HttpRequest.GET("/contracts/" + id
            + "?asOf=" + beforeCreation).bearerAuth(AUDITOR), ContractServiceHttpTestBase.JSON), 404, "not-found");
        ContractsHttpTest.assertProblem(() -> service.http().exchange(HttpRequest.GET("/contracts/" + id
            + "?version=1&asOf=" + Instant.now()).bearerAuth(AUDITOR), ContractServiceHttpTestBase.JSON), 400,
            "invalid-request");
    }

    private static void revise(String id, String terms) {
        service.http().retrieve(HttpRequest.PUT("/contracts/" + id + "/terms", terms)
            .contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER), ContractServiceHttpTestBase.JSON);
    }

    private static HttpResponse<Map<String, Object>> read(String id, String query) {
        return service.http().exchange(HttpRequest.GET("/contracts/" + id + query).bearerAuth(AUDITOR),
            ContractServiceHttpTestBase.JSON);
    }
}
