package org.socialgov.policy;

import java.time.LocalDate;

import org.socialgov.policy.api.ChangeStandingCommand;
import org.socialgov.policy.api.RecordDepartureCommand;
import org.socialgov.policy.api.RecordTrainingAttendanceCommand;
import org.socialgov.policy.api.RegisterStaffMemberCommand;
import org.socialgov.policy.api.StaffMemberId;
import org.socialgov.policy.api.StaffMemberLeftEvent;
import org.socialgov.policy.api.StaffMemberRegisteredEvent;
import org.socialgov.policy.api.Standing;
import org.socialgov.policy.api.TrainingAttendance;

/** Example staff records, shared by the domain and projection tests: Hanako joined acme as an employee. */
public final class StaffFixtures {

    public static final String TENANT = "acme";
    public static final String PERSON = "hanako";
    public static final String NAME = "Hanako Yamada";
    public static final String ID = StaffMemberId.of(TENANT, PERSON);
    public static final LocalDate JOINED = LocalDate.of(2024, 4, 1);
    public static final LocalDate LEFT = LocalDate.of(2025, 3, 31);
    /** The day the domain tests record things on: nothing may be dated after it. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    public static final TrainingAttendance GUIDELINES_2024 = new TrainingAttendance("Social media guidelines 2024",
        LocalDate.of(2024, 6, 12), "Blue Sky Digital Ltd");

    public static final StaffMemberRegisteredEvent JOINED_AS_EMPLOYEE =
        new StaffMemberRegisteredEvent(ID, TENANT, PERSON, NAME, Standing.EMPLOYEE, JOINED);
    public static final StaffMemberLeftEvent LEFT_AS_EMPLOYEE = new StaffMemberLeftEvent(ID, Standing.EMPLOYEE, LEFT);

    private StaffFixtures() {
    }

    public static RegisterStaffMemberCommand register(Standing standing, LocalDate since) {
        return new RegisterStaffMemberCommand(ID, TENANT, PERSON, NAME, standing, since, TODAY);
    }

    public static ChangeStandingCommand changeTo(Standing standing, LocalDate since) {
        return new ChangeStandingCommand(ID, TENANT, standing, since, TODAY, null);
    }

    public static RecordDepartureCommand leaveOn(LocalDate leftOn) {
        return new RecordDepartureCommand(ID, TENANT, leftOn, TODAY, null);
    }

    public static RecordTrainingAttendanceCommand attended(TrainingAttendance attendance) {
        return new RecordTrainingAttendanceCommand(ID, TENANT, attendance, TODAY, null);
    }

    public static TrainingAttendance trainingOn(LocalDate day) {
        return new TrainingAttendance("Social media guidelines", day, null);
    }
}
