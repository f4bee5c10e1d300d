package org.socialgov.contract.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Sorts;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.contract.api.AmendmentAcceptedEvent;
import org.socialgov.contract.api.AmendmentProposedEvent;
import org.socialgov.contract.api.Assignee;
import org.socialgov.contract.api.AutoRenewal;
import org.socialgov.contract.api.ContractRenewedEvent;
import org.socialgov.contract.api.ContractTerminatedEvent;
import org.socialgov.contract.api.NonRenewalNoticeGivenEvent;
import org.socialgov.contract.api.Term;
import org.socialgov.contract.api.TerminationGround;
import org.socialgov.contract.api.ContractActivatedEvent;
import org.socialgov.contract.api.ContractAssignedEvent;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.Provider;
import org.socialgov.contract.api.WrittenConsent;
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
        projection = new ContractSummaryProjection(summaries, new ContractListOrdinals(summaries));
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

    @Test
    void givenContractsCreated_whenProjected_thenEachTakesTheNextPlaceInItsCompanysAndItsProvidersList() {
        projection.on(CREATED, 0);
        projection.on(created("c-2", "acme", "agency-red"), 0);
        projection.on(created("c-3", "acme", ContractFixtures.BLUE_SKY.providerId()), 0);
        projection.on(created("c-4", "globex", ContractFixtures.BLUE_SKY.providerId()), 0);

        assertEquals(List.of("acme/1", "acme/2", "acme/3", "globex/1"), keys("listKey"));
        assertEquals(List.of("acme/agency-blue/1", "acme/agency-red/1", "acme/agency-blue/2", "globex/agency-blue/1"),
            keys("providerListKey"));
    }

    @Test
    void givenSummaryWrittenWithoutItsCounters_whenItsCreationIsRedelivered_thenTheNextContractTakesTheNextPlace() {
        projection.on(CREATED, 0);
        // A batch written in part: the summary is stored, the counters' write was lost.
        summaries.listCounters().deleteMany(new Document());

        projection.on(CREATED, 0);
        projection.on(created("c-2", "acme", ContractFixtures.BLUE_SKY.providerId()), 0);

        assertEquals(List.of("acme/1", "acme/2"), keys("listKey"));
        assertEquals(List.of("acme/agency-blue/1", "acme/agency-blue/2"), keys("providerListKey"));
    }

    @Test
    void givenContractAssignedToAnotherClient_whenProjected_thenItTakesTheLastPlaceInTheNewClientsLists() {
        projection.on(created("g-1", "globex", ContractFixtures.BLUE_SKY.providerId()), 0);
        projection.on(CREATED, 0);
        projection.on(new ContractAssignedEvent("c-1", ContractParty.CLIENT, new Assignee("globex", "Globex"),
            new WrittenConsent("GLOBEX-1", LocalDate.of(2027, 2, 1), "Gina"), "alice"), 1);
        projection.on(new ContractAssignedEvent("c-1", ContractParty.CLIENT, new Assignee("globex", "Globex"),
            new WrittenConsent("GLOBEX-1", LocalDate.of(2027, 2, 1), "Gina"), "alice"), 1);

        assertEquals("globex/2", summary().getString("listKey"));
        assertEquals("globex/agency-blue/2", summary().getString("providerListKey"));
    }

    @Test
    void givenRenewingContract_whenNoticeRenewalAmendmentAndTerminationFollow_thenTheCancelByDateFollowsEach() {
        projection.on(CREATED, 0);
        assertEquals("2027-11-01", summary().getString("cancelBy"), "the end less 60 days' notice");
        projection.on(new ContractActivatedEvent("c-1", LocalDate.of(2027, 1, 1)), 1);
        projection.on(new NonRenewalNoticeGivenEvent("c-1", ContractParty.PROVIDER, LocalDate.of(2027, 9, 1)), 2);
        assertNull(summary().getString("cancelBy"), "notice given: no renewal left to cancel");

        Term amended = new Term(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 3, 31), new AutoRenewal(6, 30));
        projection.on(new ContractRenewedEvent("c-1", LocalDate.of(2027, 12, 31), LocalDate.of(2028, 12, 31)), 3);
        assertEquals("2028-11-01", summary().getString("cancelBy"), "a renewal needs notice of its own");
        projection.on(new AmendmentProposedEvent("c-1", 1, ContractParty.CLIENT, "alice",
            ContractFixtures.RECOMMENDED_TERMS.withTerm(amended), LocalDate.of(2028, 1, 1)), 4);
        assertEquals("2028-11-01", summary().getString("cancelBy"), "a proposal changes nothing yet");
        projection.on(new AmendmentAcceptedEvent("c-1", 1, ContractParty.PROVIDER, "ken", 2,
            LocalDate.of(2028, 1, 1)), 5);
        assertEquals("2028-03-31", summary().getString("termEnd"));
        assertEquals("2028-03-01", summary().getString("cancelBy"), "the amended term's end and notice period");

        projection.on(new ContractTerminatedEvent("c-1", ContractParty.CLIENT, TerminationGround.ANTI_SOCIAL_FORCES,
            LocalDate.of(2028, 2, 1), "Linked to organised crime", List.of()), 6);
        assertNull(summary().getString("cancelBy"));
        assertTrue(summary().containsKey("cancelBy"), "present, null: written by this form of the projection");
    }

    private static ContractDraftCreatedEvent created(String contractId, String client, String providerId) {
        return new ContractDraftCreatedEvent(contractId, client, ContractFixtures.TITLE,
            new Provider(providerId, ContractFixtures.BLUE_SKY.name(), ContractFixtures.BLUE_SKY.kind()),
            ContractFixtures.RECOMMENDED_TERMS);
    }

    private List<String> keys(String field) {
        return summaries.collection().find().sort(Sorts.ascending("_id")).map(summary -> summary.getString(field))
            .into(new ArrayList<>());
    }

    private Document summary() {
        return summaries.collection().find(new Document("_id", "c-1")).first();
    }
}
