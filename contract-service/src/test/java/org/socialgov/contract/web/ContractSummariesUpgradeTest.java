package org.socialgov.contract.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.testsupport.InternalTokens;

/**
 * A store whose summaries were written by an earlier projection (before list places, or before cancel-by dates):
 * rebuilt at start, all listed as if written now.
 */
class ContractSummariesUpgradeTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final String MANAGER = InternalTokens.forUser("alice", "acme", "CONTRACT_MANAGER");
    /** Its minutely search of ended terms would run into the first service's shutdown. */
    private static final Map<String, Object> QUIET = Map.of("socialgov.contracts.deadline-watch.initial-delay", "1h");

    @TempDir
    Path dataDir;

    @Test
    void givenSummariesWithoutListPlaces_whenServiceRestarts_thenEveryContractIsListedInCreationOrder() {
        List<Object> created = new ArrayList<>();
        List<Document> builtLive;
        try (ContractServiceRunner service = ContractServiceRunner.start(dataDir, QUIET)) {
            for (int i = 0; i < 5; i++) {
                created.add(service.http().retrieve(HttpRequest.POST("/contracts", ContractFixtures.draftRequestJson())
                    .contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER), JSON).get("contractId"));
            }
            await().atMost(Duration.ofSeconds(20))
                .until(() -> StoredContractSummaries.all(service.context()).size() == 5);
            builtLive = StoredContractSummaries.all(service.context());
            // What a store from before list places holds: summaries without them, and no counters.
            StoredContractSummaries.collection(service.context()).updateMany(new Document(), Updates.combine(
                Updates.unset("listOrdinal"), Updates.unset("listKey"), Updates.unset("providerListOrdinal"),
                Updates.unset("providerListKey")));
            service.context().getBean(MongoDatabase.class).getCollection("contract_list_counters").drop();
        }

        try (ContractServiceRunner restarted = ContractServiceRunner.start(dataDir, QUIET)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> ids(restarted, "?limit=100").size() == 5);

            assertEquals(created, ids(restarted, "?limit=100"));
            assertEquals(builtLive, StoredContractSummaries.all(restarted.context()));
        }
    }

    @Test
    void givenSummariesWithoutCancelByDates_whenServiceRestarts_thenEachHasItsDateAgain() {
        List<Document> builtLive;
        try (ContractServiceRunner service = ContractServiceRunner.start(dataDir, QUIET)) {
            for (int i = 0; i < 3; i++) {
                service.http().retrieve(HttpRequest.POST("/contracts", ContractFixtures.draftRequestJson())
                    .contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER), JSON);
            }
            await().atMost(Duration.ofSeconds(20))
                .until(() -> StoredContractSummaries.all(service.context()).size() == 3);
            builtLive = StoredContractSummaries.all(service.context());
            // What a store from before cancel-by dates holds: list places, but none of the renewal fields.
            StoredContractSummaries.collection(service.context()).updateMany(new Document(), Updates.combine(
                Updates.unset("cancelBy"), Updates.unset("autoRenewal"), Updates.unset("nonRenewalNoticeGivenOn")));
        }

        try (ContractServiceRunner restarted = ContractServiceRunner.start(dataDir, QUIET)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                List<Document> stored = StoredContractSummaries.all(restarted.context());
                return stored.size() == 3 && stored.stream().allMatch(summary -> summary.containsKey("cancelBy"));
            });

            assertEquals(builtLive, StoredContractSummaries.all(restarted.context()));
            assertEquals(List.of("2027-11-01", "2027-11-01", "2027-11-01"), listed(restarted).stream()
                .map(item -> item.get("cancelBy")).toList());
        }
    }

    private static List<Map<?, ?>> listed(ContractServiceRunner service) {
        return ((List<?>) service.http().retrieve(HttpRequest.GET("/contracts?limit=100").bearerAuth(MANAGER), JSON)
            .get("items")).stream().<Map<?, ?>>map(item -> (Map<?, ?>) item).toList();
    }

    private static List<Object> ids(ContractServiceRunner service, String query) {
        return ((List<?>) service.http().retrieve(HttpRequest.GET("/contracts" + query).bearerAuth(MANAGER), JSON)
            .get("items")).stream().<Object>map(item -> ((Map<?, ?>) item).get("contractId")).toList();
    }
}
