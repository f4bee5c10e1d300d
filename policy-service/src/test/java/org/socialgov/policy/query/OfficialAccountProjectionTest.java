package org.socialgov.policy.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialgov.policy.OfficialAccountFixtures.ACCOUNT_ID;
import static org.socialgov.policy.OfficialAccountFixtures.RETIRED_ON;
import static org.socialgov.policy.OfficialAccountFixtures.SINCE;
import static org.socialgov.policy.OfficialAccountFixtures.TENANT;
import static org.socialgov.policy.OfficialAccountFixtures.registered;
import static org.socialgov.policy.OfficialAccountFixtures.retired;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.policy.api.OfficialAccountStatus;
import org.socialgov.testsupport.TestStore;

/** The official accounts projection, handler by handler: idempotent, and every period kept for past days. */
class OfficialAccountProjectionTest {

    private static final LocalDate AGAIN = RETIRED_ON.plusMonths(6);

    @TempDir
    Path dataDir;
    private TestStore store;
    private OfficialAccountReadModel readModel;
    private OfficialAccountProjection projection;
    private OfficialAccounts accounts;

    @BeforeEach
    void setUp() {
        store = TestStore.start(dataDir);
        readModel = new OfficialAccountReadModel(store.database("policy-service"));
        projection = new OfficialAccountProjection(readModel);
        // Lists read only the read model; the aggregate reader is for single accounts.
        accounts = new OfficialAccounts(readModel, null);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void givenEventsDeliveredTwice_whenApplied_thenTheDocumentIsAsIfOnce() {
        projection.on(registered(), 0);
        projection.on(retired(RETIRED_ON), 1);
        Document once = document();

        projection.on(registered(), 0);
        projection.on(retired(RETIRED_ON), 1);

        assertEquals(once, document());
        assertEquals(RETIRED_ON.toString(), once.getString("retiredOn"));
        assertEquals(1L, once.get("version", Number.class).longValue());
        assertEquals(1, readModel.collection().countDocuments());
    }

    @Test
    void givenRegisteredAgainAfterRetirement_whenAskedAboutAnyDay_thenThePeriodOfThatDay() {
        projection.on(registered(), 0);
        projection.on(retired(RETIRED_ON), 1);
        projection.on(registered(AGAIN), 2);

        assertEquals(List.of(SINCE), since(accounts.activeOn(TENANT, RETIRED_ON.minusDays(1))));
        assertEquals(List.of(), accounts.activeOn(TENANT, RETIRED_ON));
        assertEquals(List.of(AGAIN), since(accounts.activeOn(TENANT, AGAIN)));
        assertEquals(List.of(RETIRED_ON), accounts.activeOn(TENANT, RETIRED_ON.minusDays(1)).stream()
            .map(OfficialAccountView::retiredOn).toList());
        assertEquals(List.of(), accounts.activeOn("globex", AGAIN), "another company's accounts are not listed");
    }

    @Test
    void givenAccountsInEachStatus_whenListedByStatus_thenEachWhereItStandsThatDay() {
        projection.on(registered(), 0);
        assertEquals(1, accounts.list(TENANT, OfficialAccountStatus.ACTIVE, SINCE).size());
        assertEquals(1, accounts.list(TENANT, OfficialAccountStatus.SCHEDULED, SINCE.minusDays(1)).size());
        projection.on(retired(RETIRED_ON), 1);
        assertEquals(List.of(ACCOUNT_ID), accounts.list(TENANT, OfficialAccountStatus.RETIRED, RETIRED_ON).stream()
            .map(OfficialAccountView::accountId).toList());
        assertEquals(List.of(), accounts.list(TENANT, OfficialAccountStatus.ACTIVE, RETIRED_ON));
        assertEquals(1, accounts.list(TENANT, null, RETIRED_ON).size());
    }

    @Test
    void givenReset_whenReplayed_thenTheSameDocument() {
        projection.on(registered(), 0);
        projection.on(retired(RETIRED_ON), 1);
        Document before = document();
        projection.onReset();
        assertEquals(0, readModel.collection().countDocuments());
        projection.on(registered(), 0);
        projection.on(retired(RETIRED_ON), 1);
        assertEquals(before, document());
    }

    private Document document() {
        return readModel.collection().find(new Document("_id", ACCOUNT_ID)).first();
    }

    private static List<LocalDate> since(List<OfficialAccountView> views) {
        return views.stream().map(OfficialAccountView::since).toList();
    }
}
