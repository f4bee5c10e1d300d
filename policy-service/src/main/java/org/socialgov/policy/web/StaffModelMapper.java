package org.socialgov.policy.web;

import java.util.List;

import org.socialgov.policy.api.TrainingAttendance;
import org.socialgov.policy.domain.StaffMemberState;
import org.socialgov.policy.query.RosterEntry;
import org.socialgov.policy.web.generated.model.Standing;
import org.socialgov.policy.web.generated.model.StaffMember;
import org.socialgov.policy.web.generated.model.TrainingRecord;

/** Between the staff API's generated models and the service's own records. */
final class StaffModelMapper {

    private StaffModelMapper() {
    }

    static org.socialgov.policy.api.Standing toDomain(Standing standing) {
        return standing == null ? null : org.socialgov.policy.api.Standing.valueOf(standing.name());
    }

    static TrainingAttendance toDomain(org.socialgov.policy.web.generated.model.TrainingAttendance attendance) {
        return new TrainingAttendance(attendance.getTitle(), attendance.getAttendedOn(), attendance.getProvider());
    }

    static StaffMember toModel(StaffMemberState state) {
        return new StaffMember(state.personId(), state.name(), toModel(state.standing()), state.since(),
            state.trainings().stream().map(StaffModelMapper::toModel).toList());
    }

    static StaffMember toModel(RosterEntry entry) {
        List<TrainingRecord> trainings = entry.trainings().stream()
            .map(training -> new TrainingRecord(training.title(), training.attendedOn())
                .provider(training.provider()))
            .toList();
        return new StaffMember(entry.personId(), entry.name(), toModel(entry.standing()), entry.since(), trainings);
    }

    private static TrainingRecord toModel(TrainingAttendance attendance) {
        return new TrainingRecord(attendance.title(), attendance.attendedOn()).provider(attendance.provider());
    }

    private static Standing toModel(org.socialgov.policy.api.Standing standing) {
        return Standing.valueOf(standing.name());
    }
}
