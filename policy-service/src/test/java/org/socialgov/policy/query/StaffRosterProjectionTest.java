package org.socialgov.policy.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialgov.policy.StaffFixtures.GUIDELINES_2024;
import static org.socialgov.policy.StaffFixtures.ID;
import static org.socialgov.policy.StaffFixtures.JOINED;
import static org.socialgov.policy.StaffFixtures.JOINED_AS_EMPLOYEE;
import static org.socialgov.policy.StaffFixtures.LEFT;
import static org.socialgov.policy.StaffFixtures.LEFT_AS_EMPLOYEE;
import static org.socialgov.policy.StaffFixtures.NAME;
import static org.socialgov.policy.StaffFixtures.PERSON;
import static org.socialgov.policy.StaffFixtures.TENANT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.policy.api.StaffMemberId;
import org.socialgov.policy.api.StaffMemberRegisteredEvent;
import org.socialgov.policy.api.StaffMemberRejoinedEvent;
import org.socialgov.policy.api.Standing;
import org.socialgov.policy.api.StandingChangedEvent;
import org.socialgov.policy.api.TrainingAttendanceRecordedEvent;
import org.socialgov.testsupport.TestStore;

/** The roster projection, handler by handler: idempotent, deaf to stale events, and one company's staff only. */
class StaffRosterProjectionTest {

    private static final TrainingRecord GUIDELINES_2024_RECORD = new TrainingRecord(GUIDELINES_2024.title(),
        GUIDELINES_2024.attendedOn(), GUIDELINES_2024.provider());
    private static final LocalDate PROMOTED = LocalDate.of(2024, 10, 1);

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
    void givenJoinedTrainedAndLeft_whenProjected_thenTheEntryShowsTheCurrentStandingAndTheTraining() {
        projection.on(JOINED_AS_EMPLOYEE, 0);
        projection.on(new TrainingAttendanceRecordedEvent(ID, GUIDELINES_2024), 1);
        projection.on(LEFT_AS_EMPLOYEE, 2);

        assertEquals(Optional.of(new RosterEntry(PERSON, NAME, Standing.FORMER_EMPLOYEE, LEFT,
            List.of(GUIDELINES_2024_RECORD))), roster.find(TENANT, PERSON));
    }

    @Test
    void givenEventsDeliveredTwice_whenApplied_thenTheEntryIsAsIfOnce() {
        projection.on(JOINED_AS_EMPLOYEE, 0);
        projection.on(new TrainingAttendanceRecordedEvent(ID, GUIDELINES_2024), 1);
        List<RosterEntry> once = roster.of(TENANT);

        projection.on(JOINED_AS_EMPLOYEE, 0);
        projection.on(new TrainingAttendanceRecordedEvent(ID, GUIDELINES_2024), 1);

        assertEquals(once, roster.of(TENANT));
        assertEquals(List.of(GUIDELINES_2024_RECORD), once.get(0).trainings(), "the training is listed once");
    }

    @Test
    void givenNewerChangeApplied_whenAnOlderEventArrivesLate_thenItChangesNothing() {
        projection.on(JOINED_AS_EMPLOYEE, 0);
        projection.on(LEFT_AS_EMPLOYEE, 2);
        projection.on(new StandingChangedEvent(ID, Standing.EMPLOYEE, Standing.OFFICER, PROMOTED), 1);

        assertEquals(Standing.FORMER_EMPLOYEE, roster.find(TENANT, PERSON).orElseThrow().standing());
    }

    @Test
    void givenFormerEmployee_whenRejoined_thenOnTheRosterWithTheNewStandingSinceTheyRejoined() {
        LocalDate rejoined = LocalDate.of(2025, 10, 1);
        projection.on(JOINED_AS_EMPLOYEE, 0);
        projection.on(LEFT_AS_EMPLOYEE, 1);
        projection.on(new StaffMemberRejoinedEvent(ID, Standing.NON_REGULAR_EMPLOYEE, rejoined), 2);

        RosterEntry entry = roster.find(TENANT, PERSON).orElseThrow();
        assertEquals(Standing.NON_REGULAR_EMPLOYEE, entry.standing());
        assertEquals(rejoined, entry.since());
    }

    @Test
    void givenStaffOfTwoCompanies_whenTheRosterIsRead_thenEachSeesOnlyItsOwnInPersonIdOrder() {
        projection.on(JOINED_AS_EMPLOYEE, 0);
        projection.on(registered("acme", "aiko", Standing.OFFICER), 0);
        projection.on(registered("globex", PERSON, Standing.OFFICER), 0);

        assertEquals(List.of("aiko", PERSON), roster.of(TENANT).stream().map(RosterEntry::personId).toList());
        assertEquals(Standing.OFFICER, roster.find("globex", PERSON).orElseThrow().standing());
        assertEquals(Standing.EMPLOYEE, roster.find(TENANT, PERSON).orElseThrow().standing());
        assertEquals(Optional.empty(), roster.find("initech", PERSON));
        assertEquals(List.of("aiko"), roster.page(TENANT, Standing.OFFICER, 100, null).items().stream()
            .map(RosterEntry::personId).toList());
    }

    @Test
    void givenReset_whenReplayed_thenTheSameRoster() {
        projection.on(JOINED_AS_EMPLOYEE, 0);
        projection.on(new TrainingAttendanceRecordedEvent(ID, GUIDELINES_2024), 1);
        List<RosterEntry> before = roster.of(TENANT);

        projection.onReset();
        assertEquals(List.of(), roster.of(TENANT));
        projection.on(JOINED_AS_EMPLOYEE, 0);
        projection.on(new TrainingAttendanceRecordedEvent(ID, GUIDELINES_2024), 1);

        assertEquals(before, roster.of(TENANT));
    }

    private static StaffMemberRegisteredEvent registered(String tenant, String personId, Standing standing) {
        return new StaffMemberRegisteredEvent(StaffMemberId.of(tenant, personId), tenant, personId, "Someone",
            standing, JOINED);
    }
}
