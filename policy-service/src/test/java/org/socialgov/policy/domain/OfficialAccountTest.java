package org.socialgov.policy.domain;

import static org.socialgov.policy.OfficialAccountFixtures.ACCOUNT_ID;
import static org.socialgov.policy.OfficialAccountFixtures.HANDLE;
import static org.socialgov.policy.OfficialAccountFixtures.PURPOSE;
import static org.socialgov.policy.OfficialAccountFixtures.RETIRED_ON;
import static org.socialgov.policy.OfficialAccountFixtures.SINCE;
import static org.socialgov.policy.OfficialAccountFixtures.TENANT;
import static org.socialgov.policy.OfficialAccountFixtures.URL;
import static org.socialgov.policy.OfficialAccountFixtures.register;
import static org.socialgov.policy.OfficialAccountFixtures.registered;
import static org.socialgov.policy.OfficialAccountFixtures.retire;
import static org.socialgov.policy.OfficialAccountFixtures.retired;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.policy.api.AccountPeriod;
import org.socialgov.policy.api.OfficialAccountRegisteredEvent;
import org.socialgov.policy.api.RegisterOfficialAccountCommand;
import org.socialgov.policy.api.RetireOfficialAccountCommand;
import org.socialgov.policy.api.SocialPlatform;

class OfficialAccountTest {

    private AggregateTestFixture<OfficialAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OfficialAccount.class);
    }

    @Test
    void givenNoAccount_whenRegistered_thenOfficialFromSinceUnderItsNormalisedHandle() {
        fixture.givenNoPriorActivity()
            .when(register())
            .expectSuccessfulHandlerExecution()
            .expectEvents(registered());
    }

    @Test
    void givenNoAccount_whenHandleNamesNoProfile_thenRefused() {
        fixture.givenNoPriorActivity()
            .when(new RegisterOfficialAccountCommand(ACCOUNT_ID, TENANT, SocialPlatform.X, "@", URL, PURPOSE, SINCE))
            .expectNoEvents()
            .expectException(OfficialAccountHandleInvalidException.class);
    }

    @Test
    void givenNoAccount_whenUrlLeadsToAnotherHandle_thenRefused() {
        fixture.givenNoPriorActivity()
            .when(register(HANDLE, "https://x.com/AcmeSupport", SINCE))
            .expectNoEvents()
            .expectException(OfficialAccountUrlMismatchException.class);
    }

    @Test
    void givenNoAccount_whenUrlIsOnAnotherPlatform_thenRefused() {
        fixture.givenNoPriorActivity()
            .when(register(HANDLE, "https://www.instagram.com/acme/", SINCE))
            .expectNoEvents()
            .expectException(OfficialAccountUrlMismatchException.class);
    }

    @Test
    void givenNoAccount_whenUrlIsAnyFormOfTheSameProfile_thenRegisteredWithTheUrlAsGiven() {
        fixture.givenNoPriorActivity()
            .when(register("acme", "https://twitter.com/ACME?lang=en", SINCE))
            .expectEvents(new OfficialAccountRegisteredEvent(ACCOUNT_ID, TENANT, SocialPlatform.X, "acme", "acme",
                "https://twitter.com/ACME?lang=en", PURPOSE, SINCE));
    }

    @Test
    void givenOtherPlatform_whenUrlIsNoWebAddress_thenRefused() {
        String id = OfficialAccountIds.of(TENANT, SocialPlatform.OTHER, "acme");
        fixture.givenNoPriorActivity()
            .when(new RegisterOfficialAccountCommand(id, TENANT, SocialPlatform.OTHER, "acme",
                "javascript:alert(1)", PURPOSE, SINCE))
            .expectNoEvents()
            .expectException(OfficialAccountUrlMismatchException.class);
    }

    @Test
    void givenOtherPlatform_whenAnyWebAddress_thenRegistered() {
        String id = OfficialAccountIds.of(TENANT, SocialPlatform.OTHER, "mastodon.social/@acme");
        fixture.givenNoPriorActivity()
            .when(new RegisterOfficialAccountCommand(id, TENANT, SocialPlatform.OTHER,
                "https://mastodon.social/@Acme", "https://mastodon.social/@Acme", PURPOSE, SINCE))
            .expectEvents(new OfficialAccountRegisteredEvent(id, TENANT, SocialPlatform.OTHER,
                "mastodon.social/@acme", "https://mastodon.social/@Acme", "https://mastodon.social/@Acme", PURPOSE,
                SINCE));
    }

    @Test
    void givenActiveAccount_whenSameHandleRegisteredAgainInAnotherForm_thenRefusedAsAlreadyRegistered() {
        fixture.given(registered())
            .when(register("https://x.com/ACME", URL, SINCE.plusYears(1)))
            .expectNoEvents()
            .expectException(OfficialAccountAlreadyRegisteredException.class);
    }

    @Test
    void givenRetiredAccount_whenRegisteredAgainFromItsRetirement_thenOfficialAgainUnderTheSameIdentifier() {
        fixture.given(registered(), retired(RETIRED_ON))
            .when(register(HANDLE, URL, RETIRED_ON))
            .expectEvents(registered(RETIRED_ON))
            .expectState(account -> {
                List<AccountPeriod> periods = account.state().periods();
                if (periods.size() != 2 || !RETIRED_ON.equals(periods.get(0).retiredOn())
                    || periods.get(1).retiredOn() != null) {
                    throw new AssertionError("Expected a retired period and a new one, but was " + periods);
                }
            });
    }

    @Test
    void givenRetirementNotYetInEffect_whenRegisteredAgainBeforeIt_thenRefusedAsAlreadyRegistered() {
        fixture.given(registered(), retired(RETIRED_ON))
            .when(register(HANDLE, URL, RETIRED_ON.minusDays(1)))
            .expectNoEvents()
            .expectException(OfficialAccountAlreadyRegisteredException.class);
    }

    @Test
    void givenActiveAccount_whenRetired_thenNoLongerOfficialFromThatDay() {
        fixture.given(registered())
            .when(retire(RETIRED_ON))
            .expectEvents(retired(RETIRED_ON))
            .expectState(account -> {
                AccountPeriod period = account.state().latest();
                if (!period.activeOn(RETIRED_ON.minusDays(1)) || period.activeOn(RETIRED_ON)) {
                    throw new AssertionError("Expected official until the day before " + RETIRED_ON);
                }
            });
    }

    @Test
    void givenActiveAccount_whenRetiredOnTheDayItBecameOfficial_thenRetired() {
        fixture.given(registered())
            .when(retire(SINCE))
            .expectEvents(retired(SINCE));
    }

    @Test
    void givenActiveAccount_whenRetiredBeforeItBecameOfficial_thenRefused() {
        fixture.given(registered())
            .when(retire(SINCE.minusDays(1)))
            .expectNoEvents()
            .expectException(OfficialAccountDatesInvalidException.class);
    }

    @Test
    void givenRetiredAccount_whenRetiredAgain_thenRefused() {
        fixture.given(registered(), retired(RETIRED_ON))
            .when(retire(RETIRED_ON.plusDays(1)))
            .expectNoEvents()
            .expectException(OfficialAccountAlreadyRetiredException.class);
    }

    @Test
    void givenAnotherCompanysAccount_whenRetired_thenNotFound() {
        fixture.given(registered())
            .when(new RetireOfficialAccountCommand(ACCOUNT_ID, "globex", RETIRED_ON, "Not ours to retire"))
            .expectNoEvents()
            .expectException(OfficialAccountNotFoundException.class);
    }

    @Test
    void givenNoAccount_whenCommandNamesAnotherHandlesIdentifier_thenRefused() {
        fixture.givenNoPriorActivity()
            .when(new RegisterOfficialAccountCommand(OfficialAccountIds.of(TENANT, SocialPlatform.X, "other"),
                TENANT, SocialPlatform.X, HANDLE, URL, PURPOSE, SINCE))
            .expectNoEvents()
            .expectException(IllegalArgumentException.class);
    }
}
