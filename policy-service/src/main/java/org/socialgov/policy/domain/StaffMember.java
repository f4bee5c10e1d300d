package org.socialgov.policy.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.socialgov.platform.process.ChangesSinceRead.requireNoneSinceRead;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.socialgov.platform.axon.BusinessName;
import org.socialgov.policy.api.ChangeStandingCommand;
import org.socialgov.policy.api.PolicyAcknowledgementOverdueEvent;
import org.socialgov.policy.api.RecordDepartureCommand;
import org.socialgov.policy.api.RecordTrainingAttendanceCommand;
import org.socialgov.policy.api.RegisterStaffMemberCommand;
import org.socialgov.policy.api.RemindToAcknowledgePolicyCommand;
import org.socialgov.policy.api.Standing;
import org.socialgov.policy.api.StaffMemberLeftEvent;
import org.socialgov.policy.api.StaffMemberRegisteredEvent;
import org.socialgov.policy.api.StaffMemberRejoinedEvent;
import org.socialgov.policy.api.StandingChangedEvent;
import org.socialgov.policy.api.TrainingAttendance;
import org.socialgov.policy.api.TrainingAttendanceRecordedEvent;

/**
 * A person on a company's staff roster: the standings they held and since when, which decide the guidelines that
 * bind them, and the training they attended.
 */
@BusinessName("staff member")
public class StaffMember {

    @AggregateIdentifier
    private String staffMemberId;
    private String tenant;
    private String personId;
    private String name;
    private StandingTimeline timeline;
    private final List<TrainingAttendance> trainings = new ArrayList<>();
    /** The acknowledgement reminders recorded, by policy version ({@link AcknowledgementReminders#version}). */
    private final Map<String, Set<String>> acknowledgementReminders = new HashMap<>();

    /** Axon rebuilds a staff record from its events through this constructor. */
    protected StaffMember() {
    }

    @CommandHandler
    public StaffMember(RegisterStaffMemberCommand command) {
        StandingRules.requireStandingOnStaff(command.standing());
        RosterDating.requireHappened("joining", command.since(), command.recordedOn());
        apply(new StaffMemberRegisteredEvent(command.staffMemberId(), command.tenant(), command.personId(),
            command.name(), command.standing(), command.since()));
    }

    @CommandHandler
    void handle(ChangeStandingCommand command, ConflictResolver changesSinceRead) {
        requireTenant(command.tenant());
        requireNoneSinceRead(changesSinceRead);
        StandingRules.requireStandingOnStaff(command.standing());
        StandingPeriod current = timeline.latest();
        StandingRules.requireChange(current, command.standing());
        RosterDating.requireHappened("change of standing", command.since(), command.recordedOn());
        RosterDating.requireNotBeforeCurrentStanding("change of standing", command.since(), timeline);
        if (current.standing().current()) {
            apply(new StandingChangedEvent(staffMemberId, current.standing(), command.standing(), command.since()));
        } else {
            apply(new StaffMemberRejoinedEvent(staffMemberId, command.standing(), command.since()));
        }
    }

    @CommandHandler
    void handle(RecordDepartureCommand command, ConflictResolver changesSinceRead) {
        requireTenant(command.tenant());
        requireNoneSinceRead(changesSinceRead);
        StandingPeriod current = timeline.latest();
        StandingRules.requireOnStaff(current);
        RosterDating.requireHappened("departure", command.leftOn(), command.recordedOn());
        RosterDating.requireNotBeforeCurrentStanding("departure", command.leftOn(), timeline);
        apply(new StaffMemberLeftEvent(staffMemberId, current.standing(), command.leftOn()));
    }

    @CommandHandler
    void handle(RecordTrainingAttendanceCommand command, ConflictResolver changesSinceRead) {
        requireTenant(command.tenant());
        requireNoneSinceRead(changesSinceRead);
        TrainingAttendance attendance = command.attendance();
        RosterDating.requireHappened("training", attendance.attendedOn(), command.recordedOn());
        TrainingRules.requireOnStaffOn(attendance, timeline);
        TrainingRules.requireNotYetRecorded(attendance, trainings);
        apply(new TrainingAttendanceRecordedEvent(staffMemberId, attendance));
    }

    /**
     * The person is reminded of a version they have not acknowledged once it has been theirs to acknowledge for the
     * days the company allows, once per version; not if they have left, nor once they have acknowledged it (the
     * policy's record says, asked only when the reminder is due). Rejoining starts the days again.
     */
    @CommandHandler
    void handle(RemindToAcknowledgePolicyCommand command, AcknowledgementReminders reminders,
                PolicyAcknowledgements acknowledgements) {
        requireTenant(command.tenant());
        if (!timeline.latest().standing().current()) {
            return;
        }
        LocalDate onStaffSince = timeline.onStaffSince();
        LocalDate pendingSince = command.publishedOn().isAfter(onStaffSince) ? command.publishedOn() : onStaffSince;
        String version = AcknowledgementReminders.version(command.policyId(), command.versionNo());
        if (reminders.dueAt(pendingSince, command.now(), acknowledgementReminders.getOrDefault(version, Set.of()))
            .isPresent() && acknowledgements.stillToAcknowledge(tenant, command.policyId(), command.versionNo(),
            personId)) {
            apply(new PolicyAcknowledgementOverdueEvent(staffMemberId, tenant, personId, command.policyId(),
                command.versionNo(), pendingSince, reminders.afterDays()));
        }
    }

    /** The record as it stands now, for queries. */
    public StaffMemberState state() {
        StandingPeriod current = timeline.latest();
        return new StaffMemberState(tenant, personId, name, current.standing(), current.since(), timeline.periods(),
            List.copyOf(trainings));
    }

    /** Another company's staff does not exist as far as the caller can tell. */
    private void requireTenant(String askingTenant) {
        if (!tenant.equals(askingTenant)) {
            throw new StaffMemberNotFoundException(personId);
        }
    }


    @EventSourcingHandler
    void on(StaffMemberRegisteredEvent event) {
        staffMemberId = event.staffMemberId();
        tenant = event.tenant();
        personId = event.personId();
        name = event.name();
        timeline = StandingTimeline.startingWith(event.standing(), event.since());
    }

    @EventSourcingHandler
    void on(StandingChangedEvent event) {
        timeline = timeline.then(event.to(), event.since());
    }

    @EventSourcingHandler
    void on(StaffMemberLeftEvent event) {
        timeline = timeline.then(Standing.FORMER_EMPLOYEE, event.leftOn());
    }

    @EventSourcingHandler
    void on(StaffMemberRejoinedEvent event) {
        timeline = timeline.then(event.standing(), event.since());
    }

    @EventSourcingHandler
    void on(TrainingAttendanceRecordedEvent event) {
        trainings.add(event.attendance());
    }

    @EventSourcingHandler
    void on(PolicyAcknowledgementOverdueEvent event) {
        acknowledgementReminders.computeIfAbsent(AcknowledgementReminders.version(event.policyId(),
            event.versionNo()), version -> new HashSet<>())
            .add(AcknowledgementReminders.key(event.pendingSince(), event.daysPending()));
    }
}
