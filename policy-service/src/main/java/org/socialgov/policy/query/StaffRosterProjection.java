package org.socialgov.policy.query;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.projection.ReadModelWrites;
import org.socialgov.policy.api.PolicyAcknowledgementOverdueEvent;
import org.socialgov.policy.api.Standing;
import org.socialgov.policy.api.StaffMemberLeftEvent;
import org.socialgov.policy.api.StaffMemberRegisteredEvent;
import org.socialgov.policy.api.StaffMemberRejoinedEvent;
import org.socialgov.policy.api.StandingChangedEvent;
import org.socialgov.policy.api.TrainingAttendance;
import org.socialgov.policy.api.TrainingAttendanceRecordedEvent;
import org.socialgov.policy.domain.AcknowledgementReminders;

/**
 * Keeps {@code staff_roster} in step with the staff records' events. Idempotent by construction (see
 * ARCHITECTURE.md, decision 1): a change applies only if its event's sequence number is above the version the
 * document holds, so redelivered and replayed events change nothing, a training is never listed twice.
 */
@AxonMessageHandlers
@ProcessingGroup("staff-roster")
public class StaffRosterProjection {

    private final StaffRoster roster;

    public StaffRosterProjection(StaffRoster roster) {
        this.roster = roster;
    }

    @EventHandler
    void on(StaffMemberRegisteredEvent event, @SequenceNumber long sequence) {
        Document registered = new Document(StaffRoster.TENANT, event.tenant())
            .append(StaffRoster.PERSON_ID, event.personId())
            .append(StaffRoster.NAME, event.name())
            .append(StaffRoster.STANDING, event.standing().name())
            .append(StaffRoster.SINCE, event.since().toString())
            .append(StaffRoster.TRAININGS, List.of())
            .append(StaffRoster.VERSION, sequence);
        writes().insertOnce(event.staffMemberId(), registered);
    }

    @EventHandler
    void on(StandingChangedEvent event, @SequenceNumber long sequence) {
        set(event.staffMemberId(), sequence, standing(event.to(), event.since()));
    }

    @EventHandler
    void on(StaffMemberLeftEvent event, @SequenceNumber long sequence) {
        set(event.staffMemberId(), sequence, standing(Standing.FORMER_EMPLOYEE, event.leftOn()));
    }

    @EventHandler
    void on(StaffMemberRejoinedEvent event, @SequenceNumber long sequence) {
        // Rejoining starts the days to acknowledge again, so the watch asks about the person again.
        set(event.staffMemberId(), sequence, standing(event.standing(), event.since())
            .append(StaffRoster.REMINDED_TO_ACKNOWLEDGE, null));
    }

    @EventHandler
    void on(PolicyAcknowledgementOverdueEvent event, @SequenceNumber long sequence) {
        set(event.staffMemberId(), sequence, new Document(StaffRoster.REMINDED_TO_ACKNOWLEDGE,
            AcknowledgementReminders.version(event.policyId(), event.versionNo())));
    }

    @EventHandler
    void on(TrainingAttendanceRecordedEvent event, @SequenceNumber long sequence) {
        TrainingAttendance attendance = event.attendance();
        Document training = new Document(StaffRoster.TITLE, attendance.title())
            .append(StaffRoster.ATTENDED_ON, attendance.attendedOn().toString())
            .append(StaffRoster.PROVIDER, attendance.provider());
        writes().update(event.staffMemberId(), sequence,
            new Document("$push", new Document(StaffRoster.TRAININGS, training)));
    }

    @ResetHandler
    void onReset() {
        roster.collection().deleteMany(new Document());
    }

    private void set(String staffMemberId, long sequence, Document change) {
        writes().update(staffMemberId, sequence, new Document("$set", change));
    }

    private ReadModelWrites writes() {
        return ReadModelWrites.to(roster.collection(), StaffRoster.VERSION);
    }

    private static Document standing(Standing standing, LocalDate since) {
        return new Document(StaffRoster.STANDING, standing.name()).append(StaffRoster.SINCE, since.toString());
    }
}
