package org.socialgov.policy.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records a training session the person attended. */
public record RecordTrainingAttendanceCommand(@TargetAggregateIdentifier String staffMemberId, String tenant,
                                              TrainingAttendance attendance, LocalDate recordedOn,
                                              @TargetAggregateVersion Long expectedVersion) {
}
