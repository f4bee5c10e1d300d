package org.socialgov.policy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialgov.policy.PolicyFixtures.ENACTED;
import static org.socialgov.policy.PolicyFixtures.ID;
import static org.socialgov.policy.PolicyFixtures.TENANT;
import static org.socialgov.policy.PolicyFixtures.TODAY;
import static org.socialgov.policy.PolicyFixtures.created;
import static org.socialgov.policy.PolicyFixtures.publishedV1;

import java.time.LocalDate;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.platform.axon.NoSuchAggregateException;
import org.socialgov.policy.PolicyFixtures;
import org.socialgov.policy.api.CorrectPolicyReviewCommand;
import org.socialgov.policy.api.PolicyReviewCorrectedEvent;
import org.socialgov.policy.api.PolicyReviewedEvent;
import org.socialgov.policy.api.RecordPolicyReviewCommand;
import org.socialgov.policy.api.ReviewOutcome;

/** The policy's periodic reviews, and the correction of one recorded with the wrong date. */
class SocialMediaPolicyReviewTest {

    /** A review typed with the year 2062 for 2026: on the record before future dates were refused. */
    private static final PolicyReviewedEvent REVIEWED_IN_2062 = new PolicyReviewedEvent(ID, "kaori",
        LocalDate.of(2062, 5, 20), ReviewOutcome.NO_CHANGE, "Still fits", LocalDate.of(2063, 5, 20));
    private static final LocalDate REALLY_REVIEWED = LocalDate.of(2026, 5, 20);
    private static final String TYPO = "Typed 2062 for 2026";

    private FixtureConfiguration<SocialMediaPolicy> fixture;

    @BeforeEach
    void setUp() {
        fixture = PolicyFixtures.policyFixture();
    }

    @Test
    void givenPolicy_whenReviewed_thenNextReviewIsOneIntervalLater() {
        fixture.given(created(), publishedV1())
            .when(review(LocalDate.of(2013, 7, 1)))
            .expectEvents(new PolicyReviewedEvent(ID, "kaori", LocalDate.of(2013, 7, 1), ReviewOutcome.NO_CHANGE,
                "Still fits", LocalDate.of(2014, 7, 1)));
    }

    @Test
    void givenPolicy_whenReviewDatedAfterToday_thenRefusedAndNothingRecorded() {
        fixture.given(created(), publishedV1())
            .when(review(LocalDate.of(2062, 5, 20)))
            .expectException(PolicyRuleViolationException.class)
            .expectExceptionMessage(org.hamcrest.Matchers.containsString("after today (" + TODAY + ")"))
            .expectNoEvents();
    }

    @Test
    void givenPolicy_whenReviewedToday_thenRecorded() {
        fixture.given(created())
            .when(review(TODAY))
            .expectEvents(new PolicyReviewedEvent(ID, "kaori", TODAY, ReviewOutcome.NO_CHANGE, "Still fits",
                TODAY.plusMonths(12)));
    }

    @Test
    void givenPolicy_whenReviewDatedBeforeEnactment_thenRefused() {
        fixture.given(created())
            .when(review(ENACTED.minusDays(1)))
            .expectException(PolicyRuleViolationException.class)
            .expectNoEvents();
    }

    @Test
    void givenPolicy_whenReviewDatedSoLateThatNoReviewCanFollow_thenRefused() {
        fixture.given(created())
            .when(review(LocalDate.MAX))
            .expectException(PolicyRuleViolationException.class)
            .expectNoEvents();
    }

    @Test
    void givenReviewDatedInTheFuture_whenARealReviewIsRecorded_thenRefusedUntilTheMistakeIsCorrected() {
        fixture.given(created(), publishedV1(), REVIEWED_IN_2062)
            .when(review(TODAY))
            .expectException(PolicyRuleViolationException.class)
            .expectNoEvents();
    }

    @Test
    void givenReviewDatedInTheFuture_whenCorrected_thenTheCorrectionIsRecordedAndTheScheduleFollowsIt() {
        fixture.given(created(), publishedV1(), REVIEWED_IN_2062)
            .when(correct(REALLY_REVIEWED))
            .expectEvents(new PolicyReviewCorrectedEvent(ID, "olivia", LocalDate.of(2062, 5, 20), REALLY_REVIEWED,
                TYPO, LocalDate.of(2027, 5, 20)))
            .expectState(policy -> {
                PolicyState state = policy.state();
                assertEquals(LocalDate.of(2027, 5, 20), state.nextReviewDue());
                assertEquals(new PolicyState.LastReview("kaori", REALLY_REVIEWED, ReviewOutcome.NO_CHANGE,
                    "Still fits", LocalDate.of(2062, 5, 20), TYPO), state.lastReview());
            });
    }

    @Test
    void givenCorrectedReview_whenTheNextRealReviewIsRecorded_thenAccepted() {
        fixture.given(created(), publishedV1(), REVIEWED_IN_2062, new PolicyReviewCorrectedEvent(ID, "olivia",
                LocalDate.of(2062, 5, 20), REALLY_REVIEWED, TYPO, LocalDate.of(2027, 5, 20)))
            .when(review(TODAY))
            .expectEvents(new PolicyReviewedEvent(ID, "kaori", TODAY, ReviewOutcome.NO_CHANGE, "Still fits",
                TODAY.plusMonths(12)));
    }

    @Test
    void givenPolicyNeverReviewed_whenAReviewIsCorrected_thenRefused() {
        fixture.given(created(), publishedV1())
            .when(correct(REALLY_REVIEWED))
            .expectException(PolicyRuleViolationException.class)
            .expectNoEvents();
    }

    @Test
    void givenReview_whenCorrectedToADateStillToCome_thenRefused() {
        fixture.given(created(), publishedV1(), reviewedOn(REALLY_REVIEWED))
            .when(correct(TODAY.plusDays(1)))
            .expectException(PolicyRuleViolationException.class)
            .expectNoEvents();
    }

    @Test
    void givenReview_whenCorrectedToTheDateItAlreadyHas_thenRefused() {
        fixture.given(created(), publishedV1(), reviewedOn(REALLY_REVIEWED))
            .when(correct(REALLY_REVIEWED))
            .expectException(PolicyRuleViolationException.class)
            .expectNoEvents();
    }

    @Test
    void givenTwoReviews_whenTheLastIsCorrectedToBeforeTheFirst_thenRefused() {
        fixture.given(created(), publishedV1(), reviewedOn(LocalDate.of(2025, 5, 1)), reviewedOn(REALLY_REVIEWED))
            .when(correct(LocalDate.of(2025, 4, 30)))
            .expectException(PolicyRuleViolationException.class)
            .expectNoEvents();
    }

    @Test
    void givenAnotherTenantsPolicy_whenItsReviewIsCorrected_thenNotFound() {
        fixture.given(created(), publishedV1(), REVIEWED_IN_2062)
            .when(new CorrectPolicyReviewCommand(ID, "globex", "gus", REALLY_REVIEWED, TYPO, TODAY))
            .expectException(NoSuchAggregateException.class)
            .expectExceptionMessage("No policy '" + ID + "'")
            .expectNoEvents();
    }

    private static RecordPolicyReviewCommand review(LocalDate reviewedOn) {
        return new RecordPolicyReviewCommand(ID, TENANT, "kaori", reviewedOn, ReviewOutcome.NO_CHANGE, "Still fits",
            TODAY);
    }

    private static CorrectPolicyReviewCommand correct(LocalDate reviewedOn) {
        return new CorrectPolicyReviewCommand(ID, TENANT, "olivia", reviewedOn, TYPO, TODAY);
    }

    private static PolicyReviewedEvent reviewedOn(LocalDate day) {
        return new PolicyReviewedEvent(ID, "kaori", day, ReviewOutcome.NO_CHANGE, null, day.plusMonths(12));
    }
}
