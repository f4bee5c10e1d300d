package org.socialgov.policy.domain;

import static org.socialgov.policy.StaffFixtures.GUIDELINES_2024;
import static org.socialgov.policy.StaffFixtures.ID;
import static org.socialgov.policy.StaffFixtures.JOINED;
import static org.socialgov.policy.StaffFixtures.JOINED_AS_EMPLOYEE;
import static org.socialgov.policy.StaffFixtures.LEFT;
import static org.socialgov.policy.StaffFixtures.LEFT_AS_EMPLOYEE;
import static org.socialgov.policy.StaffFixtures.TODAY;
import static org.socialgov.policy.StaffFixtures.attended;
import static org.socialgov.policy.StaffFixtures.trainingOn;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.policy.api.StaffMemberRejoinedEvent;
import org.socialgov.policy.api.Standing;
import org.socialgov.policy.api.TrainingAttendance;
import org.socialgov.policy.api.TrainingAttendanceRecordedEvent;

/** Training counts only for a day the person was on staff, and each session attended is on the record once. */
class StaffMemberTrainingTest {

    private static final LocalDate REJOINED = LocalDate.of(2025, 10, 1);

    private AggregateTestFixture<StaffMember> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StaffMember.class);
    }

    @Test
    void givenEmployee_whenTrainingAttended_thenOnTheirRecord() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(attended(GUIDELINES_2024))
            .expectEvents(new TrainingAttendanceRecordedEvent(ID, GUIDELINES_2024))
            .expectState(member -> {
                if (!member.state().trainings().equals(List.of(GUIDELINES_2024))) {
                    throw new AssertionError("Expected the 2024 guidelines training: " + member.state());
                }
            });
    }

    @Test
    void givenEmployee_whenTrainingIsOnTheDayTheyJoined_thenRecorded() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(attended(trainingOn(JOINED)))
            .expectEvents(new TrainingAttendanceRecordedEvent(ID, trainingOn(JOINED)));
    }

    @Test
    void givenEmployee_whenTrainingIsBeforeTheyJoined_thenRefused() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(attended(trainingOn(JOINED.minusDays(1))))
            .expectNoEvents()
            .expectException(StaffRecordInvalidException.class);
    }

    @Test
    void givenEmployee_whenTrainingIsDatedAfterToday_thenRefused() {
        fixture.given(JOINED_AS_EMPLOYEE)
            .when(attended(trainingOn(TODAY.plusDays(1))))
            .expectNoEvents()
            .expectException(StaffRecordInvalidException.class);
    }

    @Test
    void givenFormerEmployee_whenTrainingFromTheirTimeOnStaffIsRecordedLate_thenRecorded() {
        fixture.given(JOINED_AS_EMPLOYEE, LEFT_AS_EMPLOYEE)
            .when(attended(GUIDELINES_2024))
            .expectEvents(new TrainingAttendanceRecordedEvent(ID, GUIDELINES_2024));
    }

    @Test
    void givenFormerEmployee_whenTrainingIsOnTheDayTheyLeft_thenRefusedBecauseTheyWereFormerThatDay() {
        fixture.given(JOINED_AS_EMPLOYEE, LEFT_AS_EMPLOYEE)
            .when(attended(trainingOn(LEFT)))
            .expectNoEvents()
            .expectException(StaffRecordInvalidException.class);
    }

    @Test
    void givenRejoinedEmployee_whenTrainingIsWhileTheyWereAway_thenRefused() {
        fixture.given(JOINED_AS_EMPLOYEE, LEFT_AS_EMPLOYEE,
                new StaffMemberRejoinedEvent(ID, Standing.EMPLOYEE, REJOINED))
            .when(attended(trainingOn(REJOINED.minusDays(1))))
            .expectNoEvents()
            .expectException(StaffRecordInvalidException.class);
    }

    @Test
    void givenRejoinedEmployee_whenTrainingIsAfterTheyRejoined_thenRecorded() {
        fixture.given(JOINED_AS_EMPLOYEE, LEFT_AS_EMPLOYEE,
                new StaffMemberRejoinedEvent(ID, Standing.EMPLOYEE, REJOINED))
            .when(attended(trainingOn(REJOINED)))
            .expectEvents(new TrainingAttendanceRecordedEvent(ID, trainingOn(REJOINED)));
    }

    @Test
    void givenTrainingRecorded_whenTheSameSessionOnTheSameDayIsRecordedAgain_thenRefused() {
        TrainingAttendance sameSessionOtherProvider = new TrainingAttendance(GUIDELINES_2024.title(),
            GUIDELINES_2024.attendedOn(), null);
        fixture.given(JOINED_AS_EMPLOYEE, new TrainingAttendanceRecordedEvent(ID, GUIDELINES_2024))
            .when(attended(sameSessionOtherProvider))
            .expectNoEvents()
            .expectException(StaffRecordConflictException.class);
    }

    @Test
    void givenTrainingRecorded_whenTheSameSessionIsAttendedAnotherDay_thenRecordedAsWell() {
        TrainingAttendance refresher = new TrainingAttendance(GUIDELINES_2024.title(), LocalDate.of(2024, 12, 3),
            null);
        fixture.given(JOINED_AS_EMPLOYEE, new TrainingAttendanceRecordedEvent(ID, GUIDELINES_2024))
            .when(attended(refresher))
            .expectEvents(new TrainingAttendanceRecordedEvent(ID, refresher));
    }
}
