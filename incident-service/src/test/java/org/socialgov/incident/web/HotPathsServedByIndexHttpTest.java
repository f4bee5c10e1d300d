package org.socialgov.incident.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialgov.incident.process.IncidentDeadlineWatch;
import org.socialgov.testsupport.RecordedQueries;

/**
 * What every request pays for, whatever the number of events stored: appends, aggregate loads, the processors'
 * polls (of this service's store and of the other services'), read-model writes and the deadline watch's rounds. On
 * the embedded store each must be served by a unique index (ARCHITECTURE.md, decision 1). Not checked here: the facts of one company read whole
 * for a report (its official accounts, an agency's contracts), list queries noted in the architecture.
 */
class HotPathsServedByIndexHttpTest extends IncidentServiceHttpTestBase {

    private static final List<String> HOT_COLLECTIONS = List.of("domainevents", "snapshotevents", "event_positions",
        "idempotency_keys", "incident_summaries");

    @BeforeAll
    static void recordQueries() {
        restartWith(Map.of("socialgov.test.record-queries", true,
            "socialgov.events.snapshot-threshold", 2));
    }

    @Test
    void givenIncidentsReportedHandledAndRead_thenEveryQueryOnTheWayIsServedByAUniqueIndex() {
        RecordedQueries queries = service.context().getBean(RecordedQueries.class);
        queries.clear();
        for (int incident = 0; incident < 3; incident++) {
            String incidentId = reportedIncident();
            step(incidentId, "triage", "{\"severity\":\"P3\",\"assignee\":\"olivia\"}", OFFICER);
            step(incidentId, "escalations", "{\"to\":\"PR\",\"reason\":\"Press interest\"}", OFFICER);
            read(incidentId, OFFICER);
            await().atMost(Duration.ofSeconds(30)).until(() -> "ESCALATED".equals(service.context()
                .getBean(MongoDatabase.class).getCollection("incident_summaries")
                .find(new Document("_id", incidentId)).first().getString("status")));
        }
        // The deadline watch, a month on: every escalated incident's decision is breached and recorded. Its read of
        // the incidents with a running deadline is the one scan, of a collection that holds the open incidents only.
        List<String> reminded = service.context().getBean(IncidentDeadlineWatch.class)
            .remindAt(Instant.now().plus(Duration.ofDays(30)));
        assertTrue(reminded.size() >= 3, reminded.toString());
        upstream().officialAccountRegistered("account-acme-news", "acme", "X", "@AcmeNews",
            LocalDate.of(2021, 1, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> service.context().getBean(MongoDatabase.class)
            .getCollection("official_accounts").find(new Document("_id", "account-acme-news")).first() != null);

        MongoDatabase own = service.context().getBean(MongoDatabase.class);
        assertEquals(List.of(), queries.scanning(own, HOT_COLLECTIONS));
        assertEquals(List.of(), queries.scanning(service.context().getBean(MongoClient.class)
            .getDatabase("policy-service"), List.of("domainevents", "event_positions")));
    }
}
