package org.socialgov.policy.domain;

import java.time.LocalDate;
import java.util.List;

import org.socialgov.policy.api.Standing;
import org.socialgov.policy.api.TrainingAttendance;

/** A person's staff record as the aggregate holds it now; read by queries, never written to. */
public record StaffMemberState(String tenant, String personId, String name, Standing standing, LocalDate since,
                               List<StandingPeriod> timeline, List<TrainingAttendance> trainings) {
}
