package org.socialgov.contract.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.contract.api.ContractActivatedEvent;
import org.socialgov.contract.api.ContractDraftCreatedEvent;
import org.socialgov.contract.api.ContractTermsRevisedEvent;
import org.socialgov.testsupport.TestStore;

/** The summaries projection, handler by handler: idempotent and deaf to stale events. */
class ContractSummaryProjectionTest {

    private static final ContractDraftCreatedEvent CREATED = new ContractDraftCreatedEvent("c-1", "acme",
        ContractFixtures.TITLE, ContractFixtures.BLUE_SKY, ContractFixtures.RECOMMENDED_TERMS);

    @TempDir
    Path dataDir;
    private TestStore store;
    private ContractSummaries summaries;
    private ContractSummaryProjection projection;

    @BeforeEach
    void setUp() {
        store = TestStore.start(dataDir);
        summaries = new ContractSummaries(store.database("contract-service"));
        projection = new ContractSummaryProjection(summaries);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void givenEventsDeliveredTwice_whenApplied_thenTheSummaryIsAsIfOnce() {
        projection.on(CREATED, 0);
        projection.on(new ContractActivatedEvent("c-1", LocalDate.of(2027, 1, 1)), 1);
        Document once = summary();

        projection.on(CREATED, 0);
        projection.on(new ContractActivatedEvent("c-1", LocalDate.of(2027, 1, 1)), 1);

        assertEquals(once, summary());
        assertEquals("ACTIVE", once.getString("status"));
        assertEquals(1L, once.get("version", Number.class).longValue());
        assertEquals(1, summaries.collection().countDocuments());
    }

    @Test
    void givenNewerChangeApplied_whenAnOlderEventArrivesLate_thenItChangesNothing() {
        projection.on(CREATED, 0);
        projection.on(new ContractTermsRevisedEvent("c-1", ContractFixtures.SILENT_TERMS), 2);
        projection.on(new ContractTermsRevisedEvent("c-1", ContractFixtures.RECOMMENDED_TERMS), 1);

        assertEquals(null, summary().getString("termEnd"), "the revision at sequence 2 stands");
        assertEquals(2L, summary().get("version", Number.class).longValue());
    }

    @Test
    void givenReset_whenReplayed_thenTheSameSummary() {
        projection.on(CREATED, 0);
        Document before = summary();
        projection.onReset();
        assertEquals(0, summaries.collection().countDocuments());
        projection.on(CREATED, 0);
        assertEquals(before, summary());
    }

    private Document summary() {
        return summaries.collection().find(new Document("_id", "c-1")).first();
    }
}
