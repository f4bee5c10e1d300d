package org.socialgov.policy.domain;

import static org.socialgov.policy.StaffFixtures.ID;
import static org.socialgov.policy.StaffFixtures.JOINED;
import static org.socialgov.policy.StaffFixtures.JOINED_AS_EMPLOYEE;
import static org.socialgov.policy.StaffFixtures.LEFT;
import static org.socialgov.policy.StaffFixtures.LEFT_AS_EMPLOYEE;
import static org.socialgov.policy.StaffFixtures.NAME;
import static org.socialgov.policy.StaffFixtures.PERSON;
import static org.socialgov.policy.StaffFixtures.TENANT;
import static org.socialgov.policy.StaffFixtures.TODAY;
import static org.socialgov.policy.StaffFixtures.changeTo;
import static org.socialgov.policy.StaffFixtures.leaveOn;
import static org.socialgov.policy.StaffFixtures.register;

import java.time.LocalDate;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.policy.api.ChangeStandingCommand;
import org.socialgov.policy.api.StaffMemberLeftEvent;
import org.socialgov.policy.api.StaffMemberRegisteredEvent;
import org.socialgov.policy.api.StaffMemberRejoinedEvent;
import org.socialgov.policy.api.Standing;
import org.socialgov.policy.api.StandingChangedEvent;

/** Joining, changing standing, leaving and rejoining: the dated moves that decide which guidelines bind a person. */
class StaffMemberTest {

    private static final LocalDate PROMOTED = LocalDate.of(2026, 4, 1);

    private AggregateTestFixture<StaffMember> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StaffMember.class);
    }

    @Test
    void givenNobody_whenRegistered_thenTheyJoinedWithTheirStandingSinceThatDay() {
        fixture.givenNoPriorActivity()
            .when(register(Standing.EMPLOYEE, JOINED))
            .expectSuccessfulHandlerExecution()
            .expectEvents(JOINED_AS_EMPLOYEE)
            .expectState(member -> {
                StaffMemberState state = member.state();
                if (state.standing() != Standing.EMPLOYEE || !state.since().equals(JOINED)
                    || !state.tenant().equals(TENANT)) {
                    throw new AssertionError("Expected an employee of acme since " + JOINED + " but was " + state);
                }
            });
    }

    @Test
    void givenNobody_whenRegisteredAsNonRegularStaffToday_thenJoined() {
        fixture.givenNoPriorActivity()
            .when(register(Standing.NON_REGULAR_EMPLOYEE, TODAY))
            .expectEvents(new StaffMemberRegisteredEvent(ID, TENANT, PERSON, NAME, Standing.NON_REGULAR_EMPLOYEE,
                TODAY));
    }

    @Test
    void givenNobody_whenRegisteredAsFormerEmployee_thenRefusedBecauseNobodyJoinsAsFormer() {
        fixture.givenNoPriorActivity()
            .when(register(Standing.FORMER_EMPLOYEE, JOINED))
            .expectNoEvents()
            .expectException(StaffRecordInvalidException.class);
    }

    @Test
    void givenNobody_whenJoiningIsDatedAfterToday_thenRefused() {
        fixture.givenNoPriorActivity()
            .when(register(Standing.EMPLOYEE, TODAY.plusDays(1)))
            .expectNoEvents()
            .expectException(StaffRecordInvalidException.class);
    }

    @Test
    void givenEmployee_whenBecomesOfficer_thenStandingChangedFromThatDay() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(changeTo(Standing.OFFICER, PROMOTED))
            .expectEvents(new StandingChangedEvent(ID, Standing.EMPLOYEE, Standing.OFFICER, PROMOTED))
            .expectState(member -> {
                if (member.state().standing() != Standing.OFFICER || !member.state().since().equals(PROMOTED)) {
                    throw new AssertionError("Expected an officer since " + PROMOTED + ": " + member.state());
                }
            });
    }

    @Test
    void givenEmployee_whenChangeIsDatedOnTheDayTheyJoined_thenAcceptedAsACorrection() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(changeTo(Standing.OFFICER, JOINED))
            .expectEvents(new StandingChangedEvent(ID, Standing.EMPLOYEE, Standing.OFFICER, JOINED));
    }

    @Test
    void givenEmployee_whenChangeIsDatedBeforeTheCurrentStandingBegan_thenRefused() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(changeTo(Standing.OFFICER, JOINED.minusDays(1)))
            .expectNoEvents()
            .expectException(StaffRecordInvalidException.class);
    }

    @Test
    void givenEmployee_whenChangeIsDatedAfterToday_thenRefusedUntilItHappens() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(changeTo(Standing.OFFICER, TODAY.plusDays(1)))
            .expectNoEvents()
            .expectException(StaffRecordInvalidException.class);
    }

    @Test
    void givenEmployee_whenChangedToEmployee_thenRefusedAsNoChange() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(changeTo(Standing.EMPLOYEE, PROMOTED))
            .expectNoEvents()
            .expectException(StaffRecordConflictException.class);
    }

    @Test
    void givenEmployee_whenChangedToFormerEmployee_thenRefusedBecauseLeavingIsADeparture() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(changeTo(Standing.FORMER_EMPLOYEE, PROMOTED))
            .expectNoEvents()
            .expectException(StaffRecordInvalidException.class);
    }

    @Test
    void givenAnotherCompanysEmployee_whenChanged_thenNotFound() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(new ChangeStandingCommand(ID, "globex", Standing.OFFICER, PROMOTED, TODAY, null))
            .expectNoEvents()
            .expectException(StaffMemberNotFoundException.class);
    }

    @Test
    void givenEmployeePromotedSinceTheCallerReadIt_whenChangedWithTheOldVersion_thenRefused() {
        fixture.given(JOINED_AS_EMPLOYEE, new StandingChangedEvent(ID, Standing.EMPLOYEE, Standing.OFFICER, PROMOTED))
            .when(new ChangeStandingCommand(ID, TENANT, Standing.EMPLOYEE, TODAY, TODAY, 0L))
            .expectNoEvents()
            .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void givenEmployee_whenLeaves_thenFormerEmployeeFromThatDay() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(leaveOn(LEFT))
            .expectEvents(LEFT_AS_EMPLOYEE)
            .expectState(member -> {
                if (member.state().standing() != Standing.FORMER_EMPLOYEE || !member.state().since().equals(LEFT)) {
                    throw new AssertionError("Expected a former employee since " + LEFT + ": " + member.state());
                }
            });
    }

    @Test
    void givenFormerEmployee_whenLeavesAgain_thenRefused() {
        fixture.given(JOINED_AS_EMPLOYEE, LEFT_AS_EMPLOYEE)
            .when(leaveOn(LEFT.plusDays(30)))
            .expectNoEvents()
            .expectException(StaffRecordConflictException.class);
    }

    @Test
    void givenEmployee_whenDepartureIsDatedBeforeTheyJoined_thenRefused() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(leaveOn(JOINED.minusDays(1)))
            .expectNoEvents()
            .expectException(StaffRecordInvalidException.class);
    }

    @Test
    void givenEmployee_whenDepartureIsDatedAfterToday_thenRefusedUntilTheyLeave() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(leaveOn(TODAY.plusDays(1)))
            .expectNoEvents()
            .expectException(StaffRecordInvalidException.class);
    }

    @Test
    void givenFormerEmployee_whenJoinsAgainAsNonRegularStaff_thenRejoined() {
        LocalDate rejoined = LEFT.plusMonths(6);
        fixture.given(JOINED_AS_EMPLOYEE, LEFT_AS_EMPLOYEE)
            .when(changeTo(Standing.NON_REGULAR_EMPLOYEE, rejoined))
            .expectEvents(new StaffMemberRejoinedEvent(ID, Standing.NON_REGULAR_EMPLOYEE, rejoined));
    }

    @Test
    void givenFormerEmployee_whenRejoiningIsDatedBeforeTheyLeft_thenRefused() {
        fixture.given(JOINED_AS_EMPLOYEE, LEFT_AS_EMPLOYEE)
            .when(changeTo(Standing.EMPLOYEE, LEFT.minusDays(1)))
            .expectNoEvents()
            .expectException(StaffRecordInvalidException.class);
    }

    @Test
    void givenRejoinedOfficer_whenLeavesAgain_thenTheSecondDepartureIsRecorded() {
        LocalDate rejoined = LEFT.plusMonths(6);
        fixture.given(JOINED_AS_EMPLOYEE, LEFT_AS_EMPLOYEE, new StaffMemberRejoinedEvent(ID, Standing.OFFICER, rejoined))
            .when(leaveOn(TODAY))
            .expectEvents(new StaffMemberLeftEvent(ID, Standing.OFFICER, TODAY));
    }
}
