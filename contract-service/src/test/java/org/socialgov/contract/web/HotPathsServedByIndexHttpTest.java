package org.socialgov.contract.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialgov.contract.web.ContractServiceHttpTestBase.AGENCY;
import static org.socialgov.contract.web.ContractServiceHttpTestBase.JSON;
import static org.socialgov.contract.web.ContractServiceHttpTestBase.MANAGER;
import static org.socialgov.contract.web.ContractServiceHttpTestBase.post;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import io.micronaut.http.HttpRequest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.testsupport.RecordedQueries;

/**
 * What every request pays for, whatever the number of events stored: appending, loading a contract (from a snapshot
 * too), the tracking processor's polls and its read-model writes, the Idempotency-Key lookups. On the embedded store
 * each must be served by a unique index; a query it answers by reading every document grows with the store
 * (ARCHITECTURE.md, decision 1). So must the lists people use most, page after page: the manager's, the agency's
 * and the one filtered by provider. Lists filtered by status or term, and searches, are not on this path.
 */
class HotPathsServedByIndexHttpTest {

    private static final List<String> HOT_COLLECTIONS = List.of("domainevents", "snapshotevents", "event_positions",
        "idempotency_keys", "contract_summaries", "contract_list_counters");

    @TempDir
    Path dataDir;

    @Test
    void givenContractsCreatedSignedEndedReadAndListed_thenEveryQueryOnTheWayIsServedByAUniqueIndex() {
        try (ContractServiceRunner service = ContractServiceRunner.start(dataDir,
            Map.of("socialgov.test.record-queries", true, "socialgov.events.snapshot-threshold", 2,
                // Its hourly search of deadlines is a list query, not what a request pays for.
                "socialgov.contracts.deadline-watch.initial-delay", "1h"))) {
            RecordedQueries queries = service.context().getBean(RecordedQueries.class);
            queries.clear();
            for (int contract = 0; contract < 3; contract++) {
                String id = (String) service.http().retrieve(post("", ContractFixtures.draftRequestJson(), MANAGER)
                    .header("Idempotency-Key", "draft-" + contract), JSON).get("contractId");
                service.http().retrieve(post(id + "/signatures", "{\"party\":\"CLIENT\",\"signatoryName\":"
                    + "\"Hanako Yamada\",\"signatoryRole\":\"Head of Legal\"}", MANAGER), JSON);
                service.http().retrieve(post(id + "/signatures", "{\"party\":\"PROVIDER\",\"signatoryName\":"
                    + "\"Ken Blue\",\"signatoryRole\":\"CEO\"}", AGENCY), JSON);
                service.http().retrieve(post(id + "/termination", "{\"party\":\"CLIENT\",\"ground\":"
                    + "\"MUTUAL_AGREEMENT\",\"explanation\":\"Both agree\"}", MANAGER), JSON);
                service.http().retrieve(HttpRequest.GET("/contracts/" + id).bearerAuth(MANAGER), JSON);
                await().atMost(Duration.ofSeconds(30)).until(() -> "TERMINATED".equals(StoredContractSummaries
                    .collection(service.context()).find(new Document("_id", id)).first().getString("status")));
            }
            assertEquals(3, pageThrough(service, "/contracts?limit=1", MANAGER));
            assertEquals(3, pageThrough(service, "/contracts?limit=2", AGENCY));
            assertEquals(3, pageThrough(service, "/contracts?providerId=agency-blue&limit=1", MANAGER));

            assertEquals(List.of(), queries.scanning(service.context().getBean(MongoDatabase.class),
                HOT_COLLECTIONS));
        }
    }

    /** How many contracts the list holds, read page by page to its end. */
    private static int pageThrough(ContractServiceRunner service, String firstPage, String token) {
        int count = 0;
        String cursor = null;
        do {
            Map<String, Object> page = service.http().retrieve(HttpRequest.GET(firstPage
                + (cursor == null ? "" : "&cursor=" + cursor)).bearerAuth(token), JSON);
            count += ((List<?>) page.get("items")).size();
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        return count;
    }
}
