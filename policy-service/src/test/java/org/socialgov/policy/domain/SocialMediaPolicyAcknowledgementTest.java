package org.socialgov.policy.domain;

import static org.socialgov.policy.PolicyFixtures.ID;
import static org.socialgov.policy.PolicyFixtures.NOON;
import static org.socialgov.policy.PolicyFixtures.TENANT;
import static org.socialgov.policy.PolicyFixtures.created;
import static org.socialgov.policy.PolicyFixtures.person;
import static org.socialgov.policy.PolicyFixtures.publishedV1;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.platform.axon.NoSuchAggregateException;
import org.socialgov.policy.PolicyFixtures;
import org.socialgov.policy.api.AcknowledgePolicyVersionCommand;
import org.socialgov.policy.api.Acknowledgement;
import org.socialgov.policy.api.PolicyVersionAcknowledgedEvent;
import org.socialgov.policy.api.Standing;

/**
 * Acknowledging a published version: only the people the policy binds do, as the staff roster holds them (emi and
 * taro on staff, ken has left, nobody knows "stranger").
 */
class SocialMediaPolicyAcknowledgementTest {

    private FixtureConfiguration<SocialMediaPolicy> fixture;

    @BeforeEach
    void setUp() {
        fixture = PolicyFixtures.policyFixture(person("emi", Standing.EMPLOYEE),
            person("taro", Standing.NON_REGULAR_EMPLOYEE), person("ken", Standing.FORMER_EMPLOYEE));
    }

    @Test
    void givenPublishedVersion_whenStaffAcknowledge_thenRecordedOnceEvenIfRepeated() {
        PolicyVersionAcknowledgedEvent acknowledged = new PolicyVersionAcknowledgedEvent(ID, TENANT, 1, "emi", NOON,
            "intranet");
        fixture.given(created(), publishedV1())
            .when(acknowledge("emi"))
            .expectEvents(acknowledged)
            .expectResultMessagePayload(new Acknowledgement("emi", NOON, "intranet"));
        fixture.given(created(), publishedV1(), acknowledged)
            .when(new AcknowledgePolicyVersionCommand(ID, TENANT, 1, "emi", NOON.plusSeconds(60), "email"))
            .expectNoEvents()
            .expectResultMessagePayload(new Acknowledgement("emi", NOON, "intranet"));
    }

    @Test
    void givenPublishedVersion_whenNonRegularStaffAcknowledge_thenRecorded() {
        fixture.given(created(), publishedV1())
            .when(acknowledge("taro"))
            .expectEvents(new PolicyVersionAcknowledgedEvent(ID, TENANT, 1, "taro", NOON, "intranet"));
    }

    @Test
    void givenPublishedVersion_whenSomeoneNotOnTheRosterAcknowledges_thenRefusedAsNotBoundAndNothingRecorded() {
        fixture.given(created(), publishedV1())
            .when(acknowledge("stranger"))
            .expectException(NotOnStaffException.class)
            .expectExceptionMessage(org.hamcrest.Matchers.containsString("not on the company's staff roster"))
            .expectNoEvents();
    }

    @Test
    void givenPublishedVersion_whenSomeoneWhoLeftAcknowledges_thenRefusedAsNoLongerAskedAndNothingRecorded() {
        fixture.given(created(), publishedV1())
            .when(acknowledge("ken"))
            .expectException(NotOnStaffException.class)
            .expectExceptionMessage(org.hamcrest.Matchers.containsString("left the company"))
            .expectNoEvents();
    }

    @Test
    void givenDraft_whenAcknowledged_thenRefusedBecauseOnlyPublishedVersionsBind() {
        fixture.given(created())
            .when(acknowledge("emi"))
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

    private static AcknowledgePolicyVersionCommand acknowledge(String personId) {
        return new AcknowledgePolicyVersionCommand(ID, TENANT, 1, personId, NOON, "intranet");
    }
}
