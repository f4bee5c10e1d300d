package org.socialgov.policy.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.socialgov.platform.process.ChangesSinceRead.requireNoneSinceRead;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.socialgov.platform.axon.BusinessName;
import org.socialgov.platform.axon.NoSuchAggregateException;
import org.socialgov.policy.api.AcknowledgePolicyVersionCommand;
import org.socialgov.policy.api.Acknowledgement;
import org.socialgov.policy.api.CorrectPolicyReviewCommand;
import org.socialgov.policy.api.CreatePolicyCommand;
import org.socialgov.policy.api.EditPolicyDraftCommand;
import org.socialgov.policy.api.PolicyContent;
import org.socialgov.policy.api.PolicyCreatedEvent;
import org.socialgov.policy.api.PolicyDraftEditedEvent;
import org.socialgov.policy.api.PolicyReviewCorrectedEvent;
import org.socialgov.policy.api.PolicyReviewDueSoonEvent;
import org.socialgov.policy.api.PolicyReviewOverdueEvent;
import org.socialgov.policy.api.PolicyReviewedEvent;
import org.socialgov.policy.api.PolicyVersionAcknowledgedEvent;
import org.socialgov.policy.api.PolicyVersionPublishedEvent;
import org.socialgov.policy.api.PublishPolicyVersionCommand;
import org.socialgov.policy.api.PublishedVersion;
import org.socialgov.policy.api.RecordPolicyReviewCommand;
import org.socialgov.policy.api.RemindOfPolicyReviewCommand;

/**
 * A tenant's social media policy: one draft at a time, published versions that never change, periodic reviews, and
 * the staff's acknowledgements of each published version.
 */
@BusinessName("policy")
public class SocialMediaPolicy {

    @AggregateIdentifier
    private String policyId;
    private String tenant;
    private String title;
    private LocalDate enactedOn;
    private int reviewIntervalMonths;
    private Integer draftNo;
    private PolicyContent draft;
    private final List<PublishedVersion> published = new ArrayList<>();
    /**
     * The day each version was published; a snapshot taken before this was kept has none (see
     * versionToAcknowledge).
     */
    private final Map<Integer, LocalDate> publishedOn = new TreeMap<>();
    private final Map<Integer, Map<String, Acknowledgement>> acknowledgements = new TreeMap<>();
    private PolicyState.LastReview lastReview;
    private LocalDate reviewedBeforeLast;
    private final Set<String> reviewRemindersRecorded = new HashSet<>();

    /** Axon rebuilds a policy from its events through this constructor. */
    protected SocialMediaPolicy() {
    }

    @CommandHandler
    public SocialMediaPolicy(CreatePolicyCommand command) {
        ReviewSchedule.requireSensibleInterval(command.reviewIntervalMonths());
        ReviewSchedule.requireSchedulable(command.enactedOn(), command.reviewIntervalMonths());
        apply(new PolicyCreatedEvent(command.policyId(), command.tenant(), command.title(), command.enactedOn(),
            command.reviewIntervalMonths(), command.draft()));
    }

    @CommandHandler
    void handle(EditPolicyDraftCommand command, ConflictResolver changesSinceRead) {
        requireTenant(command.tenant());
        requireNoneSinceRead(changesSinceRead);
        int versionNo = command.versionNo();
        requireNotPublished(versionNo, "edited: a published version never changes; edit the draft, version "
            + nextVersionNo() + ", and publish it");
        if (versionNo != nextVersionNo()) {
            throw new PolicyNotFoundException("The policy has no version " + versionNo + "; the draft is version "
                + nextVersionNo());
        }
        apply(new PolicyDraftEditedEvent(policyId, versionNo, command.content()));
    }

    @CommandHandler
    void handle(PublishPolicyVersionCommand command, ConflictResolver changesSinceRead) {
        requireTenant(command.tenant());
        requireNoneSinceRead(changesSinceRead);
        requireNotPublished(command.versionNo(), "published again");
        if (draft == null || command.versionNo() != draftNo) {
            throw new PolicyNotFoundException("The policy has no draft numbered " + command.versionNo());
        }
        PublicationRequirements.require(draft);
        if (!published.isEmpty()) {
            PublishedVersion previous = published.get(published.size() - 1);
            if (command.effectiveFrom().isBefore(previous.effectiveFrom())) {
                throw new PolicyRuleViolationException("Version " + draftNo + " cannot take effect before version "
                    + previous.versionNo() + " did (" + previous.effectiveFrom() + ")");
            }
        }
        apply(new PolicyVersionPublishedEvent(policyId, tenant, draftNo, command.effectiveFrom(), draft));
    }

    @CommandHandler
    void handle(RecordPolicyReviewCommand command) {
        requireTenant(command.tenant());
        ReviewDating.requireHappened(command.reviewedOn(), command.recordedOn());
        ReviewDating.requireInOrder(command.reviewedOn(), enactedOn,
            lastReview == null ? null : lastReview.reviewedOn());
        apply(new PolicyReviewedEvent(policyId, command.reviewer(), command.reviewedOn(), command.outcome(),
            command.notes(), ReviewSchedule.nextDue(enactedOn, command.reviewedOn(), reviewIntervalMonths)));
    }

    /** The mistaken review stays on the record; the correction goes beside it, and the schedule follows it. */
    @CommandHandler
    void handle(CorrectPolicyReviewCommand command) {
        requireTenant(command.tenant());
        if (lastReview == null) {
            throw new PolicyRuleViolationException("The policy has not been reviewed yet: there is no review to "
                + "correct; record the review instead");
        }
        if (command.reviewedOn().equals(lastReview.reviewedOn())) {
            throw new PolicyRuleViolationException("The last review is already dated " + command.reviewedOn());
        }
        ReviewDating.requireHappened(command.reviewedOn(), command.recordedOn());
        ReviewDating.requireInOrder(command.reviewedOn(), enactedOn, reviewedBeforeLast);
        apply(new PolicyReviewCorrectedEvent(policyId, command.correctedBy(), lastReview.reviewedOn(),
            command.reviewedOn(), command.reason(),
            ReviewSchedule.nextDue(enactedOn, command.reviewedOn(), reviewIntervalMonths)));
    }

    /**
     * Only the people the policy binds acknowledge it ({@link BoundStaff}); a repeated acknowledgement of the same
     * version changes nothing and answers the first one.
     */
    @CommandHandler
    Acknowledgement handle(AcknowledgePolicyVersionCommand command, StaffRecords staff) {
        requireTenant(command.tenant());
        int versionNo = command.versionNo();
        if (draftNo != null && versionNo == draftNo) {
            throw new PolicyVersionConflictException("Version " + versionNo + " is a draft: only a published "
                + "version can be acknowledged");
        }
        if (published.stream().noneMatch(version -> version.versionNo() == versionNo)) {
            throw new PolicyNotFoundException("The policy has no published version " + versionNo);
        }
        BoundStaff.require(tenant, command.personId(), staff);
        Acknowledgement earlier = acknowledgements.getOrDefault(versionNo, Map.of()).get(command.personId());
        if (earlier != null) {
            return earlier;
        }
        apply(new PolicyVersionAcknowledgedEvent(policyId, tenant, versionNo, command.personId(),
            command.acknowledgedAt(), command.channel()));
        return new Acknowledgement(command.personId(), command.acknowledgedAt(), command.channel());
    }

    /** The watch asks; the policy decides which reminder of its next review is due, and records each one once. */
    @CommandHandler
    void handle(RemindOfPolicyReviewCommand command, ReviewReminders reminders) {
        requireTenant(command.tenant());
        LocalDate dueOn = nextReviewDue();
        reminders.dueAt(dueOn, command.now(), reviewRemindersRecorded).ifPresent(reminder -> apply(reminder.passed()
            ? new PolicyReviewOverdueEvent(policyId, tenant, dueOn)
            : new PolicyReviewDueSoonEvent(policyId, tenant, dueOn, (int) reminder.leadTime().toDays())));
    }

    /**
     * The latest published version, which everyone on staff is asked to acknowledge. A version published before its
     * publication day was kept here (its policy loaded from an older snapshot) counts from its effective date.
     */
    public Optional<VersionToAcknowledge> versionToAcknowledge() {
        if (published.isEmpty()) {
            return Optional.empty();
        }
        PublishedVersion latest = published.get(published.size() - 1);
        return Optional.of(new VersionToAcknowledge(policyId, tenant, latest.versionNo(),
            publishedOn.getOrDefault(latest.versionNo(), latest.effectiveFrom()),
            acknowledgements.getOrDefault(latest.versionNo(), Map.of()).keySet()));
    }

    private void requireTenant(String askingTenant) {
        if (!tenant.equals(askingTenant)) {
            throw new NoSuchAggregateException(SocialMediaPolicy.class, policyId);
        }
    }

    private void requireNotPublished(int versionNo, String action) {
        if (published.stream().anyMatch(version -> version.versionNo() == versionNo)) {
            throw new PolicyVersionConflictException("Version " + versionNo + " is published and cannot be "
                + action);
        }
    }

    private int nextVersionNo() {
        return published.size() + 1;
    }

    public PolicyState state() {
        Map<Integer, List<Acknowledgement>> acknowledged = new LinkedHashMap<>();
        acknowledgements.forEach((versionNo, byPerson) -> acknowledged.put(versionNo,
            List.copyOf(byPerson.values())));
        return new PolicyState(policyId, tenant, title, enactedOn, reviewIntervalMonths, draftNo, draft,
            List.copyOf(published), acknowledged, lastReview, nextReviewDue());
    }

    private LocalDate nextReviewDue() {
        return ReviewSchedule.nextDue(enactedOn, lastReview == null ? null : lastReview.reviewedOn(),
            reviewIntervalMonths);
    }

    @EventSourcingHandler
    void on(PolicyCreatedEvent event) {
        policyId = event.policyId();
        tenant = event.tenant();
        title = event.title();
        enactedOn = event.enactedOn();
        reviewIntervalMonths = event.reviewIntervalMonths();
        draftNo = 1;
        draft = event.draft();
    }

    @EventSourcingHandler
    void on(PolicyDraftEditedEvent event) {
        draftNo = event.versionNo();
        draft = event.content();
    }

    @EventSourcingHandler
    void on(PolicyVersionPublishedEvent event, @Timestamp Instant recordedAt) {
        published.add(new PublishedVersion(event.versionNo(), event.effectiveFrom(), event.content()));
        publishedOn.put(event.versionNo(), LocalDate.ofInstant(recordedAt, ZoneOffset.UTC));
        draftNo = null;
        draft = null;
    }

    @EventSourcingHandler
    void on(PolicyReviewedEvent event) {
        reviewedBeforeLast = lastReview == null ? null : lastReview.reviewedOn();
        lastReview = new PolicyState.LastReview(event.reviewer(), event.reviewedOn(), event.outcome(), event.notes(),
            null, null);
    }

    @EventSourcingHandler
    void on(PolicyReviewCorrectedEvent event) {
        lastReview = lastReview.correctedTo(event.reviewedOn(), event.recordedAs(), event.reason());
    }

    @EventSourcingHandler
    void on(PolicyVersionAcknowledgedEvent event) {
        acknowledgements.computeIfAbsent(event.versionNo(), versionNo -> new LinkedHashMap<>())
            .put(event.personId(), new Acknowledgement(event.personId(), event.acknowledgedAt(), event.channel()));
    }

    @EventSourcingHandler
    void on(PolicyReviewDueSoonEvent event) {
        reviewRemindersRecorded.add(ReviewReminders.key(event.dueOn(), event.daysLeft()));
    }

    @EventSourcingHandler
    void on(PolicyReviewOverdueEvent event) {
        reviewRemindersRecorded.add(ReviewReminders.key(event.dueOn(), null));
    }
}
