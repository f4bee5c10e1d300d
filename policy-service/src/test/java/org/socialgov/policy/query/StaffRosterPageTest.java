package org.socialgov.policy.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.socialgov.policy.StaffFixtures.JOINED;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.policy.api.StaffMemberId;
import org.socialgov.policy.api.StaffMemberRegisteredEvent;
import org.socialgov.policy.api.Standing;
import org.socialgov.testsupport.TestStore;

/** Reading the roster a page at a time: person id order, each person once, one company, one standing. */
class StaffRosterPageTest {

    @TempDir
    Path dataDir;
    private TestStore store;
    private StaffRoster roster;
    private StaffRosterProjection projection;

    @BeforeEach
    void setUp() {
        store = TestStore.start(dataDir);
        roster = new StaffRoster(store.database("policy-service"));
        projection = new StaffRosterProjection(roster);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void givenMorePeopleThanAPage_whenReadPageByPage_thenEachOnceInPersonIdOrder() {
        for (String personId : List.of("emi", "aiko", "ken", "chiyo", "goro")) {
            register("acme", personId, Standing.EMPLOYEE);
        }
        register("globex", "bob", Standing.EMPLOYEE);

        RosterPage first = roster.page("acme", null, 2, null);
        RosterPage second = roster.page("acme", null, 2, first.lastPersonIdIfMore());
        RosterPage last = roster.page("acme", null, 2, second.lastPersonIdIfMore());

        assertEquals(List.of("aiko", "chiyo"), ids(first));
        assertEquals("chiyo", first.lastPersonIdIfMore());
        assertEquals(List.of("emi", "goro"), ids(second));
        assertEquals(List.of("ken"), ids(last));
        assertNull(last.lastPersonIdIfMore(), "no page after the last");
    }

    @Test
    void givenExactlyAPageOfPeople_whenRead_thenNoEmptyPageAfterIt() {
        for (String personId : List.of("aiko", "emi")) {
            register("acme", personId, Standing.EMPLOYEE);
        }

        RosterPage page = roster.page("acme", null, 2, null);

        assertEquals(List.of("aiko", "emi"), ids(page));
        assertNull(page.lastPersonIdIfMore());
    }

    @Test
    void givenPeopleOfSeveralStandings_whenOneStandingIsReadPageByPage_thenOnlyThoseAcrossPages() {
        register("acme", "aiko", Standing.OFFICER);
        register("acme", "bo", Standing.EMPLOYEE);
        register("acme", "chiyo", Standing.OFFICER);
        register("acme", "dai", Standing.NON_REGULAR_EMPLOYEE);
        register("acme", "emi", Standing.OFFICER);

        List<String> officers = new ArrayList<>();
        String after = null;
        for (int pages = 1; pages <= 3; pages++) {
            RosterPage page = roster.page("acme", Standing.OFFICER, 1, after);
            officers.addAll(ids(page));
            after = page.lastPersonIdIfMore();
        }
        assertNull(after, "three officers, one a page: three pages");

        assertEquals(List.of("aiko", "chiyo", "emi"), officers);
    }

    private void register(String tenant, String personId, Standing standing) {
        projection.on(new StaffMemberRegisteredEvent(StaffMemberId.of(tenant, personId), tenant, personId, "Someone",
            standing, JOINED), 0);
    }

    private static List<String> ids(RosterPage page) {
        return page.items().stream().map(RosterEntry::personId).toList();
    }
}
