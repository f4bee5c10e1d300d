package org.socialgov.policy.domain;

import static org.socialgov.policy.PolicyFixtures.CONTENT;
import static org.socialgov.policy.PolicyFixtures.ENACTED;
import static org.socialgov.policy.PolicyFixtures.ID;
import static org.socialgov.policy.PolicyFixtures.TENANT;
import static org.socialgov.policy.PolicyFixtures.V1_FROM;
import static org.socialgov.policy.PolicyFixtures.created;
import static org.socialgov.policy.PolicyFixtures.publishedV1;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.platform.axon.NoSuchAggregateException;
import org.socialgov.policy.api.CreatePolicyCommand;
import org.socialgov.policy.api.EditPolicyDraftCommand;
import org.socialgov.policy.api.Guideline;
import org.socialgov.policy.api.GuidelineCategory;
import org.socialgov.policy.api.PolicyContent;
import org.socialgov.policy.api.PolicyCreatedEvent;
import org.socialgov.policy.api.PolicyDraftEditedEvent;
import org.socialgov.policy.api.PolicyVersionPublishedEvent;
import org.socialgov.policy.api.PublishPolicyVersionCommand;
import org.socialgov.policy.PolicyFixtures;
import org.socialgov.policy.demo.ExamplePolicy;

/** The policy's rules on drafts and publication, given its events, when a command arrives. */
class SocialMediaPolicyTest {

    private FixtureConfiguration<SocialMediaPolicy> fixture;

    @BeforeEach
    void setUp() {
        fixture = PolicyFixtures.policyFixture();
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
    void givenDraftMissingSeveralThings_whenPublished_thenRefusedWithACodePerUnmetRequirement() {
        List<Guideline> twoRuleOnes = List.of(CONTENT.guidelines().get(0), CONTENT.guidelines().get(0));
        PolicyContent draft = new PolicyContent(List.of(), "note", "answers", true, twoRuleOnes);
        fixture.given(created(), new PolicyDraftEditedEvent(ID, 1, draft))
            .when(new PublishPolicyVersionCommand(ID, TENANT, 1, V1_FROM, null))
            .expectException(PolicyFixtures.refusedFor("no-purpose", "no-disclaimer-rule", "duplicate-rule-number"))
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

    private static PolicyContent withGuidelines(List<Guideline> guidelines) {
        return new PolicyContent(CONTENT.purposes(), CONTENT.officialStatementNote(), CONTENT.questionsHandling(),
            CONTENT.personalUseWelcome(), guidelines);
    }
}
