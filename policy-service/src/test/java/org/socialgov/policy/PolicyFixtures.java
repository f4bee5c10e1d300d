package org.socialgov.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.socialgov.policy.api.PolicyContent;
import org.socialgov.policy.api.PolicyCreatedEvent;
import org.socialgov.policy.api.PolicyVersionPublishedEvent;
import org.socialgov.policy.api.Standing;
import org.socialgov.policy.demo.ExamplePolicy;
import org.socialgov.policy.domain.SocialMediaPolicy;
import org.socialgov.policy.domain.StaffMemberState;
import org.socialgov.policy.domain.StaffRecords;
import org.socialgov.policy.domain.StandingPeriod;
import org.socialgov.problem.ProblemError;
import org.socialgov.problem.ProblemException;

/** The example policy's events, and the staff records its domain tests decide on. */
public final class PolicyFixtures {

    public static final String ID = "policy-1";
    public static final String TENANT = ExamplePolicy.TENANT;
    public static final LocalDate ENACTED = ExamplePolicy.ENACTED_ON;
    public static final PolicyContent CONTENT = ExamplePolicy.CONTENT;
    public static final LocalDate V1_FROM = LocalDate.of(2012, 8, 1);
    public static final Instant NOON = Instant.parse("2012-08-02T12:00:00Z");
    /** The day the domain tests record things on: nothing may be dated after it. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private PolicyFixtures() {
    }

    /** A fixture for the policy, deciding on these staff records. */
    public static FixtureConfiguration<SocialMediaPolicy> policyFixture(StaffMemberState... staff) {
        FixtureConfiguration<SocialMediaPolicy> fixture = new AggregateTestFixture<>(SocialMediaPolicy.class);
        fixture.registerInjectableResource(staffRecords(staff));
        return fixture;
    }

    public static PolicyCreatedEvent created() {
        return new PolicyCreatedEvent(ID, TENANT, ExamplePolicy.TITLE, ENACTED, 12, CONTENT);
    }

    public static PolicyVersionPublishedEvent publishedV1() {
        return new PolicyVersionPublishedEvent(ID, TENANT, 1, V1_FROM, CONTENT);
    }

    /** A person of the tenant's staff record, holding {@code standing} since 2010. */
    public static StaffMemberState person(String personId, Standing standing) {
        LocalDate since = LocalDate.of(2010, 4, 1);
        return new StaffMemberState(TENANT, personId, personId, standing, since,
            List.of(new StandingPeriod(standing, since)), List.of());
    }

    /** The staff records holding exactly these people. */
    public static StaffRecords staffRecords(StaffMemberState... people) {
        return (tenant, personId) -> Arrays.stream(people)
            .filter(person -> person.tenant().equals(tenant) && person.personId().equals(personId)).findFirst();
    }

    /** A refusal whose problem lists exactly these reason codes, in this order. */
    public static Matcher<Throwable> refusedFor(String... codes) {
        return new FeatureMatcher<>(Matchers.contains(codes), "a refusal with the reason codes", "reason codes") {
            @Override
            protected List<String> featureValueOf(Throwable refusal) {
                return refusal instanceof ProblemException problem
                    ? problem.reasons().stream().map(ProblemError::code).toList() : List.of();
            }
        };
    }
}
