package org.socialgov.policy.domain;

import static org.socialgov.policy.StaffFixtures.ID;
import static org.socialgov.policy.StaffFixtures.JOINED_AS_EMPLOYEE;
import static org.socialgov.policy.StaffFixtures.LEFT_AS_EMPLOYEE;
import static org.socialgov.policy.StaffFixtures.NAME;
import static org.socialgov.policy.StaffFixtures.PERSON;
import static org.socialgov.policy.StaffFixtures.TENANT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.policy.api.PolicyAcknowledgementOverdueEvent;
import org.socialgov.policy.api.RemindToAcknowledgePolicyCommand;
import org.socialgov.policy.api.StaffMemberRegisteredEvent;
import org.socialgov.policy.api.StaffMemberRejoinedEvent;
import org.socialgov.policy.api.Standing;
import org.socialgov.policy.api.StandingChangedEvent;

/**
 * A person on staff who has not acknowledged the latest published version is reminded 14 days after it became theirs
 * to acknowledge, once per version, on their staff record. Hanako joined acme on 2024-04-01; version 2 of the policy
 * was published on 2025-01-10, so her reminder is due from 2025-01-24.
 */
class StaffMemberAcknowledgementReminderTest {

    private static final String POLICY = "policy-acme";
    private static final LocalDate V2_PUBLISHED = LocalDate.of(2025, 1, 10);
    private static final PolicyAcknowledgementOverdueEvent V2_OVERDUE = new PolicyAcknowledgementOverdueEvent(ID,
        TENANT, PERSON, POLICY, 2, V2_PUBLISHED, 14);

    private final Set<String> acknowledged = new HashSet<>();
    private AggregateTestFixture<StaffMember> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StaffMember.class);
        fixture.registerInjectableResource(new AcknowledgementReminders(14));
        // The policy's record: version 2 is the latest, and only the people in `acknowledged` have acknowledged it.
        fixture.registerInjectableResource((PolicyAcknowledgements) (tenant, policyId, versionNo, personId) ->
            TENANT.equals(tenant) && POLICY.equals(policyId) && !acknowledged.contains(personId + "@" + versionNo));
    }

    private static RemindToAcknowledgePolicyCommand askAt(int versionNo, LocalDate publishedOn, String instant) {
        return new RemindToAcknowledgePolicyCommand(ID, TENANT, POLICY, versionNo, publishedOn,
            Instant.parse(instant));
    }

    @Test
    void givenThirteenDaysSincePublication_whenAsked_thenNothingIsRecorded() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(askAt(2, V2_PUBLISHED, "2025-01-23T23:59:59Z"))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenFourteenDaysSincePublication_whenAsked_thenTheAcknowledgementIsOverdue() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(askAt(2, V2_PUBLISHED, "2025-01-24T00:00:00Z"))
            .expectEvents(V2_OVERDUE);
    }

    @Test
    void givenTheReminderRecorded_whenAskedAgain_thenNothingMoreIsRecorded() {
        fixture.given(JOINED_AS_EMPLOYEE, V2_OVERDUE)
            .when(askAt(2, V2_PUBLISHED, "2025-03-01T00:00:00Z"))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenTheVersionAcknowledged_whenAsked_thenNothingIsRecorded() {
        acknowledged.add(PERSON + "@2");
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(askAt(2, V2_PUBLISHED, "2025-02-01T00:00:00Z"))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenThePersonLeft_whenAsked_thenNothingIsRecorded() {
        fixture.given(JOINED_AS_EMPLOYEE, LEFT_AS_EMPLOYEE)
            .when(askAt(3, LocalDate.of(2025, 4, 10), "2025-06-01T00:00:00Z"))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenRemindedOfVersion2_whenVersion3IsPendingFourteenDays_thenTheReminderIsArmedAgain() {
        LocalDate v3Published = LocalDate.of(2025, 6, 1);
        fixture.given(JOINED_AS_EMPLOYEE, V2_OVERDUE)
            .when(askAt(3, v3Published, "2025-06-15T08:00:00Z"))
            .expectEvents(new PolicyAcknowledgementOverdueEvent(ID, TENANT, PERSON, POLICY, 3, v3Published, 14));
    }

    @Test
    void givenSomeoneWhoJoinedAfterPublication_whenAsked_thenTheDaysCountFromJoining() {
        LocalDate joined = LocalDate.of(2025, 2, 1);
        fixture.given(new StaffMemberRegisteredEvent(ID, TENANT, PERSON, NAME, Standing.EMPLOYEE, joined))
            .when(askAt(2, V2_PUBLISHED, "2025-02-14T23:59:59Z"))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
        fixture.given(new StaffMemberRegisteredEvent(ID, TENANT, PERSON, NAME, Standing.EMPLOYEE, joined))
            .when(askAt(2, V2_PUBLISHED, "2025-02-15T00:00:00Z"))
            .expectEvents(new PolicyAcknowledgementOverdueEvent(ID, TENANT, PERSON, POLICY, 2, joined, 14));
    }

    @Test
    void givenAPromotionAfterPublication_whenAsked_thenTheDaysStillCountFromPublication() {
        fixture.given(JOINED_AS_EMPLOYEE, new StandingChangedEvent(ID, Standing.EMPLOYEE, Standing.OFFICER,
                LocalDate.of(2025, 1, 20)))
            .when(askAt(2, V2_PUBLISHED, "2025-01-24T00:00:00Z"))
            .expectEvents(V2_OVERDUE);
    }

    @Test
    void givenRemindedThenLeftAndRejoined_whenFourteenDaysAfterRejoining_thenRemindedAgain() {
        LocalDate rejoined = LocalDate.of(2025, 5, 1);
        fixture.given(JOINED_AS_EMPLOYEE, V2_OVERDUE, LEFT_AS_EMPLOYEE,
                new StaffMemberRejoinedEvent(ID, Standing.EMPLOYEE, rejoined))
            .when(askAt(2, V2_PUBLISHED, "2025-05-15T00:00:00Z"))
            .expectEvents(new PolicyAcknowledgementOverdueEvent(ID, TENANT, PERSON, POLICY, 2, rejoined, 14));
    }

    @Test
    void givenAnotherCompanysAsk_whenAsked_thenTheRecordIsNotFoundAndNothingIsRecorded() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(new RemindToAcknowledgePolicyCommand(ID, "globex", POLICY, 2, V2_PUBLISHED,
                Instant.parse("2025-02-01T00:00:00Z")))
            .expectException(StaffMemberNotFoundException.class)
            .expectNoEvents();
    }
}
