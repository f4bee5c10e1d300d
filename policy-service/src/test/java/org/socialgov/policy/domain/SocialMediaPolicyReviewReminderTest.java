package org.socialgov.policy.domain;

import static org.socialgov.policy.PolicyFixtures.ID;
import static org.socialgov.policy.PolicyFixtures.TENANT;
import static org.socialgov.policy.PolicyFixtures.created;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.platform.axon.NoSuchAggregateException;
import org.socialgov.policy.PolicyFixtures;
import org.socialgov.policy.api.PolicyReviewDueSoonEvent;
import org.socialgov.policy.api.PolicyReviewOverdueEvent;
import org.socialgov.policy.api.PolicyReviewedEvent;
import org.socialgov.policy.api.RemindOfPolicyReviewCommand;
import org.socialgov.policy.api.ReviewOutcome;

/**
 * The compliance officer is reminded of the policy's periodic review 30 and 7 days before it falls overdue, and once
 * it has. Enacted 2012-07-25 with a yearly review, the first review is due on 2013-07-25, overdue from the 26th.
 */
class SocialMediaPolicyReviewReminderTest {

    private static final LocalDate DUE = LocalDate.of(2013, 7, 25);
    private static final PolicyReviewDueSoonEvent THIRTY_DAYS_LEFT = new PolicyReviewDueSoonEvent(ID, TENANT, DUE, 30);
    private static final PolicyReviewDueSoonEvent SEVEN_DAYS_LEFT = new PolicyReviewDueSoonEvent(ID, TENANT, DUE, 7);
    private static final PolicyReviewOverdueEvent OVERDUE = new PolicyReviewOverdueEvent(ID, TENANT, DUE);

    private FixtureConfiguration<SocialMediaPolicy> fixture;

    @BeforeEach
    void setUp() {
        fixture = PolicyFixtures.policyFixture();
        fixture.registerInjectableResource(new ReviewReminders(List.of(30, 7)));
    }

    private static RemindOfPolicyReviewCommand askAt(String instant) {
        return new RemindOfPolicyReviewCommand(ID, TENANT, Instant.parse(instant));
    }

    @Test
    void givenReviewDueInMoreThanThirtyDays_whenAsked_thenNothingIsRecorded() {
        fixture.given(created())
            .when(askAt("2013-06-25T23:59:59Z"))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenThirtyDaysLeftToReview_whenAsked_thenTheReviewIsDueSoon() {
        fixture.given(created())
            .when(askAt("2013-06-26T00:00:00Z"))
            .expectEvents(THIRTY_DAYS_LEFT);
    }

    @Test
    void givenTheWarningRecorded_whenAskedAgain_thenNothingMoreIsRecorded() {
        fixture.given(created(), THIRTY_DAYS_LEFT)
            .when(askAt("2013-07-01T09:00:00Z"))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenSevenDaysLeft_whenAsked_thenTheSecondWarningIsRecorded() {
        fixture.given(created(), THIRTY_DAYS_LEFT)
            .when(askAt("2013-07-19T00:00:00Z"))
            .expectEvents(SEVEN_DAYS_LEFT);
    }

    @Test
    void givenTheWatchPausedPastBothWarnings_whenAsked_thenOnlyTheMostUrgentIsRecorded() {
        fixture.given(created())
            .when(askAt("2013-07-22T10:00:00Z"))
            .expectEvents(SEVEN_DAYS_LEFT);
    }

    @Test
    void givenTheDueDay_whenAsked_thenTheReviewIsNotOverdueYet() {
        fixture.given(created(), THIRTY_DAYS_LEFT, SEVEN_DAYS_LEFT)
            .when(askAt("2013-07-25T23:59:59Z"))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenTheDueDayPassedWithoutAReview_whenAsked_thenTheReviewIsOverdueOnce() {
        fixture.given(created(), THIRTY_DAYS_LEFT, SEVEN_DAYS_LEFT)
            .when(askAt("2013-07-26T00:00:00Z"))
            .expectEvents(OVERDUE);
        fixture.given(created(), THIRTY_DAYS_LEFT, SEVEN_DAYS_LEFT, OVERDUE)
            .when(askAt("2014-01-01T00:00:00Z"))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenTheReviewRecorded_whenTheNextOneNears_thenItsRemindersAreArmedAgain() {
        LocalDate nextDue = LocalDate.of(2014, 8, 1);
        fixture.given(created(), THIRTY_DAYS_LEFT, SEVEN_DAYS_LEFT, OVERDUE,
                new PolicyReviewedEvent(ID, "kaori", LocalDate.of(2013, 8, 1), ReviewOutcome.NO_CHANGE, null,
                    nextDue))
            .when(askAt("2014-07-03T00:00:00Z"))
            .expectEvents(new PolicyReviewDueSoonEvent(ID, TENANT, nextDue, 30));
    }

    @Test
    void givenTheReviewRecorded_whenAskedAfterTheOldDueDay_thenNothingIsOverdue() {
        fixture.given(created(), THIRTY_DAYS_LEFT,
                new PolicyReviewedEvent(ID, "kaori", LocalDate.of(2013, 7, 10), ReviewOutcome.NO_CHANGE, null,
                    LocalDate.of(2014, 7, 10)))
            .when(askAt("2013-07-26T00:00:00Z"))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenAnotherCompanysPolicy_whenAsked_thenItIsNotFoundAndNothingIsRecorded() {
        fixture.given(created())
            .when(new RemindOfPolicyReviewCommand(ID, "globex", Instant.parse("2013-07-26T00:00:00Z")))
            .expectException(NoSuchAggregateException.class)
            .expectNoEvents();
    }
}
