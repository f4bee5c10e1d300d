package org.socialgov.policy.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialgov.policy.web.PolicyRequests.CONTENT;
import static org.socialgov.policy.web.PolicyRequests.CREATION;
import static org.socialgov.policy.web.PolicyRequests.OFFICER;
import static org.socialgov.policy.web.PolicyRequests.post;
import static org.socialgov.policy.web.PolicyRequests.put;
import static org.socialgov.policy.web.PolicyRequests.staff;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.policy.api.StaffMemberId;
import org.socialgov.testsupport.RecordedQueries;
import org.socialgov.testsupport.ServiceRunner;

/**
 * What every request pays for, whatever the number of events stored: appends, aggregate loads (from snapshots too),
 * the processors' polls and read-model writes, Idempotency-Key lookups and the roster lookup of one person. On the
 * embedded store each must be served by a unique index (ARCHITECTURE.md, decision 1); lists are not on this path.
 */
class HotPathsServedByIndexHttpTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final List<String> HOT_COLLECTIONS = List.of("domainevents", "snapshotevents", "event_positions",
        "idempotency_keys", "policy_summaries", "staff_roster", "official_accounts");

    @TempDir
    Path dataDir;

    @Test
    void givenPolicyStaffAndAccountsChangedAndRead_thenEveryQueryOnTheWayIsServedByAUniqueIndex() {
        try (ServiceRunner service = ServiceRunner.start(dataDir,
            Map.of("socialgov.test.record-queries", true, "socialgov.events.snapshot-threshold", 2))) {
            RecordedQueries queries = service.context().getBean(RecordedQueries.class);
            queries.clear();
            String policyId = (String) service.http().retrieve(post("/policies", CREATION, OFFICER)
                .header("Idempotency-Key", "create-policy"), JSON).get("policyId");
            service.http().retrieve(post("/policies/" + policyId + "/versions/1/publication",
                "{\"effectiveFrom\":\"2012-08-01\"}", OFFICER), JSON);
            service.http().retrieve(put("/policies/" + policyId + "/versions/2", CONTENT, OFFICER), JSON);
            String joined = LocalDate.now().minusYears(1).toString();
            service.http().retrieve(post("/staff", "{\"personId\":\"emi\",\"name\":\"Emi Sato\",\"standing\":"
                + "\"EMPLOYEE\",\"since\":\"" + joined + "\"}", OFFICER).header("Idempotency-Key", "emi"), JSON);
            service.http().retrieve(post("/staff/emi/standing-changes", "{\"standing\":\"OFFICER\",\"since\":\""
                + LocalDate.now() + "\"}", OFFICER), JSON);
            service.http().retrieve(post("/policies/" + policyId + "/versions/1/acknowledgements",
                "{\"channel\":\"intranet\"}", staff("emi")), JSON);
            String accountId = (String) service.http().retrieve(post("/official-accounts", "{\"platform\":\"X\","
                + "\"handle\":\"@ExampleNews\",\"url\":\"https://x.com/ExampleNews\",\"purpose\":\"News\"}", OFFICER),
                JSON).get("accountId");
            service.http().retrieve(post("/official-accounts/" + accountId + "/retirement",
                "{\"reason\":\"Moved to the new brand account\"}", OFFICER), JSON);
            service.http().retrieve(HttpRequest.GET("/policies/" + policyId).bearerAuth(OFFICER), JSON);
            await().atMost(Duration.ofSeconds(30)).until(() -> "OFFICER".equals(service.context()
                .getBean(MongoDatabase.class).getCollection("staff_roster")
                .find(new Document("_id", StaffMemberId.of("example", "emi"))).first().getString("standing")));
            service.http().retrieve(HttpRequest.GET("/policies/" + policyId + "/applicability?personId=emi")
                .bearerAuth(OFFICER), JSON);
            await().atMost(Duration.ofSeconds(30)).until(() -> service.context().getBean(MongoDatabase.class)
                .getCollection("official_accounts").find(new Document("_id", accountId)).first()
                .get("retiredOn") != null);

            assertEquals(List.of(), queries.scanning(service.context().getBean(MongoDatabase.class),
                HOT_COLLECTIONS));
        }
    }
}
