package org.socialgov.policy.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.platform.axon.NoSuchAggregateException;
import org.socialgov.policy.api.AcknowledgePolicyVersionCommand;
import org.socialgov.policy.api.Acknowledgement;
import org.socialgov.policy.api.CreatePolicyCommand;
import org.socialgov.policy.api.EditPolicyDraftCommand;
import org.socialgov.policy.api.Guideline;
import org.socialgov.policy.api.GuidelineCategory;
import org.socialgov.policy.api.PolicyContent;
import org.socialgov.policy.api.PolicyCreatedEvent;
import org.socialgov.policy.api.PolicyDraftEditedEvent;
import org.socialgov.policy.api.PolicyReviewedEvent;
import org.socialgov.policy.api.PolicyVersionAcknowledgedEvent;
import org.socialgov.policy.api.PolicyVersionPublishedEvent;
import org.socialgov.policy.api.PublishPolicyVersionCommand;
import org.socialgov.policy.api.RecordPolicyReviewCommand;
import org.socialgov.policy.api.ReviewOutcome;
import org.socialgov.policy.demo.ExamplePolicy;

/** The policy's rules, given its events, when a command arrives. */
class SocialMediaPolicyTest {

    private static final String ID = "policy-1";
    private static final String TENANT = ExamplePolicy.TENANT;
    private static final LocalDate ENACTED = ExamplePolicy.ENACTED_ON;
    private static final PolicyContent CONTENT = ExamplePolicy.CONTENT;
    private static final LocalDate V1_FROM = LocalDate.of(2012, 8, 1);
    private static final Instant NOON = Instant.parse("2012-08-02T12:00:00Z");

    private FixtureConfiguration<SocialMediaPolicy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SocialMediaPolicy.class);
    }

    private static PolicyCreatedEvent created() {
        return new PolicyCreatedEvent(ID, TENANT, ExamplePolicy.TITLE, ENACTED, 12, CONTENT);
    }

    private static PolicyVersionPublishedEvent publishedV1() {
        return new PolicyVersionPublishedEvent(ID, TENANT, 1, V1_FROM, CONTENT);
    }

    @Test
    void givenNothing_whenCreated_thenDraftOneExists() {
        fixture.givenNoPriorActivity()
            .when(new CreatePolicyCommand(ID, TENANT, ExamplePolicy.TITLE, ENACTED, 12, CONTENT))
            .expectEvents(created());
    }

    @Test
    void givenNothing_whenCreatedWithAReviewIntervalOfZero_thenRefused() {
        fixture.givenNoPriorActivity()
            .when(new CreatePolicyCommand(ID, TENANT, ExamplePolicy.TITLE, ENACTED, 0, CONTENT))
            .expectException(PolicyRuleViolationException.class)
            .expectNoEvents();
    }

    @Test
    void givenNothing_whenEnactedSoLateThatNoReviewCanFollow_thenRefused() {
        fixture.givenNoPriorActivity()
            .when(new CreatePolicyCommand(ID, TENANT, ExamplePolicy.TITLE, LocalDate.MAX, 12, CONTENT))
            .expectException(PolicyRuleViolationException.class)
            .expectNoEvents();
    }

    @Test
    void givenDraft_whenPublished_thenVersionOneInForceFromItsDate() {
        fixture.given(created())
            .when(new PublishPolicyVersionCommand(ID, TENANT, 1, V1_FROM, null))
            .expectEvents(publishedV1());
    }

    @Test
    void givenDraftWithoutDisclaimerRule_whenPublished_thenRefusedWithTheReason() {
        List<Guideline> noDisclaimer = CONTENT.guidelines().stream()
            .filter(rule -> rule.category() != GuidelineCategory.DISCLAIMER).toList();
        fixture.given(created(), new PolicyDraftEditedEvent(ID, 1, withGuidelines(noDisclaimer)))
            .when(new PublishPolicyVersionCommand(ID, TENANT, 1, V1_FROM, null))
            .expectException(PolicyRuleViolationException.class)
            .expectExceptionMessage(org.hamcrest.Matchers.containsString("disclaimer rule"))
            .expectNoEvents();
    }

    @Test
    void givenDraftWithoutRulesOrPurposes_whenPublished_thenRefusedNamingBoth() {
        PolicyContent empty = new PolicyContent(List.of(), "note", "answers", true, List.of());
        fixture.given(created(), new PolicyDraftEditedEvent(ID, 1, empty))
            .when(new PublishPolicyVersionCommand(ID, TENANT, 1, V1_FROM, null))
            .expectException(PolicyRuleViolationException.class)
            .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                org.hamcrest.Matchers.containsString("purpose"), org.hamcrest.Matchers.containsString("rule")))
            .expectNoEvents();
    }

    @Test
    void givenPublishedVersion_whenEdited_thenRefusedBecausePublishedVersionsNeverChange() {
        fixture.given(created(), publishedV1())
            .when(new EditPolicyDraftCommand(ID, TENANT, 1, CONTENT, null))
            .expectException(PolicyVersionConflictException.class)
            .expectNoEvents();
    }

    @Test
    void givenPublishedVersion_whenNextNumberEdited_thenANewDraftStarts() {
        fixture.given(created(), publishedV1())
            .when(new EditPolicyDraftCommand(ID, TENANT, 2, CONTENT, null))
            .expectEvents(new PolicyDraftEditedEvent(ID, 2, CONTENT));
    }

    @Test
    void givenPublishedVersion_whenNextDraftTakesEffectEarlier_thenRefused() {
        fixture.given(created(), publishedV1(), new PolicyDraftEditedEvent(ID, 2, CONTENT))
            .when(new PublishPolicyVersionCommand(ID, TENANT, 2, V1_FROM.minusDays(1), null))
            .expectException(PolicyRuleViolationException.class)
            .expectNoEvents();
    }

    @Test
    void givenAnotherTenantsPolicy_whenEdited_thenNotFound() {
        fixture.given(created())
            .when(new EditPolicyDraftCommand(ID, "globex", 1, CONTENT, null))
            .expectException(NoSuchAggregateException.class)
            .expectExceptionMessage("No policy '" + ID + "'")
            .expectNoEvents();
    }

    @Test
    void givenPublishedVersion_whenStaffAcknowledge_thenRecordedOnceEvenIfRepeated() {
        PolicyVersionAcknowledgedEvent acknowledged = new PolicyVersionAcknowledgedEvent(ID, TENANT, 1, "emi", NOON,
            "intranet");
        fixture.given(created(), publishedV1())
            .when(new AcknowledgePolicyVersionCommand(ID, TENANT, 1, "emi", NOON, "intranet"))
            .expectEvents(acknowledged)
            .expectResultMessagePayload(new Acknowledgement("emi", NOON, "intranet"));
        fixture.given(created(), publishedV1(), acknowledged)
            .when(new AcknowledgePolicyVersionCommand(ID, TENANT, 1, "emi", NOON.plusSeconds(60), "email"))
            .expectNoEvents()
            .expectResultMessagePayload(new Acknowledgement("emi", NOON, "intranet"));
    }

    @Test
    void givenDraft_whenAcknowledged_thenRefusedBecauseOnlyPublishedVersionsBind() {
        fixture.given(created())
            .when(new AcknowledgePolicyVersionCommand(ID, TENANT, 1, "emi", NOON, "intranet"))
            .expectException(PolicyVersionConflictException.class)
            .expectNoEvents();
    }

    @Test
    void givenPublishedVersion_whenAnotherTenantAcknowledges_thenNotFound() {
        fixture.given(created(), publishedV1())
            .when(new AcknowledgePolicyVersionCommand(ID, "globex", 1, "mallory", NOON, "intranet"))
            .expectException(NoSuchAggregateException.class)
            .expectExceptionMessage("No policy '" + ID + "'")
            .expectNoEvents();
    }

    @Test
    void givenPolicy_whenReviewed_thenNextReviewIsOneIntervalLater() {
        fixture.given(created(), publishedV1())
            .when(new RecordPolicyReviewCommand(ID, TENANT, "kaori", LocalDate.of(2013, 7, 1),
                ReviewOutcome.NO_CHANGE, "Still fits"))
            .expectEvents(new PolicyReviewedEvent(ID, "kaori", LocalDate.of(2013, 7, 1), ReviewOutcome.NO_CHANGE,
                "Still fits", LocalDate.of(2014, 7, 1)));
    }

    @Test
    void givenPolicy_whenReviewDatedBeforeEnactment_thenRefused() {
        fixture.given(created())
            .when(new RecordPolicyReviewCommand(ID, TENANT, "kaori", ENACTED.minusDays(1),
                ReviewOutcome.NO_CHANGE, null))
            .expectException(PolicyRuleViolationException.class)
            .expectNoEvents();
    }

    @Test
    void givenPolicy_whenReviewDatedSoLateThatNoReviewCanFollow_thenRefused() {
        fixture.given(created())
            .when(new RecordPolicyReviewCommand(ID, TENANT, "kaori", LocalDate.MAX, ReviewOutcome.NO_CHANGE, null))
            .expectException(PolicyRuleViolationException.class)
            .expectNoEvents();
    }

    private static PolicyContent withGuidelines(List<Guideline> guidelines) {
        return new PolicyContent(CONTENT.purposes(), CONTENT.officialStatementNote(), CONTENT.questionsHandling(),
            CONTENT.personalUseWelcome(), guidelines);
    }
}
