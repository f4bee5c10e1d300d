package org.socialgov.policy.api;

/** A training session a person attended while on staff was put on their record. */
public record TrainingAttendanceRecordedEvent(String staffMemberId, TrainingAttendance attendance) {
}
