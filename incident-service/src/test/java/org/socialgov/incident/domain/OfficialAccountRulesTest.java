package org.socialgov.incident.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialgov.incident.IncidentFixtures.EVE;
import static org.socialgov.incident.IncidentFixtures.EVIDENCE;
import static org.socialgov.incident.IncidentFixtures.IDS;
import static org.socialgov.incident.IncidentFixtures.INCIDENT_ID;
import static org.socialgov.incident.IncidentFixtures.REPORTED_AT;
import static org.socialgov.incident.IncidentFixtures.SOME_REACH;
import static org.socialgov.incident.IncidentFixtures.TENANT;
import static org.socialgov.incident.IncidentFixtures.hoursLater;
import static org.socialgov.incident.IncidentFixtures.incidentFixture;
import static org.socialgov.incident.IncidentFixtures.report;
import static org.socialgov.incident.IncidentFixtures.reported;
import static org.socialgov.incident.IncidentFixtures.triaged;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.incident.InMemoryAgencyContracts;
import org.socialgov.incident.InMemoryOfficialAccounts;
import org.socialgov.incident.api.DecideResponseCommand;
import org.socialgov.incident.api.ImitatedAccount;
import org.socialgov.incident.api.IncidentCategory;
import org.socialgov.incident.api.IncidentReportedEvent;
import org.socialgov.incident.api.OfficialResponse;
import org.socialgov.incident.api.PostReport;
import org.socialgov.incident.api.ResponseChannel;
import org.socialgov.incident.api.ResponseDecidedEvent;
import org.socialgov.incident.api.Sentiment;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.api.SocialPlatform;
import org.socialgov.platform.handles.ProfileHandles;
import org.socialgov.platform.upstream.UpstreamBehindException;

/**
 * The company's official accounts (from policy-service) in incidents: an author handle that looks like one without
 * being it flags possible impersonation, and an official response on an account goes through a registered one.
 * Acme's @AcmeHelp on X is official since 2020; the incident is reported on 2026-05-04.
 */
class OfficialAccountRulesTest {

    private static final List<String> OFFICER = List.of("COMPLIANCE_OFFICER");
    private static final OfficialAccountHandle ACME_NEWS = new OfficialAccountHandle(SocialPlatform.INSTAGRAM,
        "acme.news", "acme.news");

    private AggregateTestFixture<Incident> fixture;
    private InMemoryOfficialAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new InMemoryOfficialAccounts();
        fixture = incidentFixture(new InMemoryAgencyContracts(), accounts);
    }

    @Test
    void givenOfficialAcmeHelp_whenPostByLookalikeHandleReported_thenFlaggedAsPossibleImpersonation() {
        PostReport post = post("https://x.com/AcmeHe1p/status/1790000000000000001", "@AcmeHe1p");
        fixture.givenNoPriorActivity()
            .when(report(post, EVE))
            .expectEvents(reportedFlagging(post, new ImitatedAccount(SocialPlatform.X, "@AcmeHelp")));
    }

    @Test
    void givenOfficialAcmeHelp_whenPostByTheOfficialAccountItselfReported_thenNotFlagged() {
        PostReport post = post("https://x.com/AcmeHelp/status/1790000000000000001", "@acmehelp");
        fixture.givenNoPriorActivity()
            .when(report(post, EVE))
            .expectEvents(reportedFlagging(post, null));
    }

    @Test
    void givenRetiredAccount_whenPostByLookalikeReportedAfterRetirement_thenNotFlagged() {
        accounts.official(ACME_NEWS, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1));
        PostReport post = post("https://www.instagram.com/p/C0de123/", "acme_news");
        fixture.givenNoPriorActivity()
            .when(report(post, EVE))
            .expectEvents(reportedFlagging(post, null));
    }

    @Test
    void givenTriaged_whenResponseThroughRegisteredAccountInAnotherForm_thenDecided() {
        OfficialResponse response = onX(" acmehelp ");
        fixture.given(reported(), triaged())
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, response, null, "olivia", OFFICER, hoursLater(2)))
            .expectEvents(new ResponseDecidedEvent(INCIDENT_ID, response, null, "olivia", hoursLater(2)));
    }

    @Test
    void givenTriaged_whenResponseHandleGivenAsTheProfilesAddress_thenDecidedAsTheLookupRecognisesIt() {
        for (String handle : List.of("https://x.com/AcmeHelp", "x.com/AcmeHelp", "https://twitter.com/acmehelp/")) {
            OfficialResponse response = onX(handle, "https://x.com/AcmeHelp/status/1790000000000000009");
            fixture.given(reported(), triaged())
                .when(new DecideResponseCommand(INCIDENT_ID, TENANT, response, null, "olivia", OFFICER,
                    hoursLater(2)))
                .expectEvents(new ResponseDecidedEvent(INCIDENT_ID, response, null, "olivia", hoursLater(2)));
        }
    }

    @Test
    void givenEveryPlatformAnIncidentNames_whenAHandleOnItIsNormalised_thenTheLookupsRulesKnowIt() {
        for (SocialPlatform platform : SocialPlatform.values()) {
            assertEquals("acmehelp", ProfileHandles.normalise(platform.name(), "@AcmeHelp"), platform.name());
        }
    }

    @Test
    void givenTriaged_whenResponseLinksToAnotherAccountsPost_thenRefused() {
        fixture.given(reported(), triaged())
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, onX("@AcmeHelp",
                "https://x.com/AcmeHelpDesk/status/1790000000000000009"), null, "olivia", OFFICER, hoursLater(2)))
            .expectNoEvents()
            .expectException(ResponseLinkNotOfAccountException.class)
            .expectExceptionMessage("link: https://x.com/AcmeHelpDesk/status/1790000000000000009 is not a post of "
                + "@AcmeHelp on X; give the address of the response as that account published it, under the "
                + "account's profile address");
    }

    @Test
    void givenTriaged_whenResponseLinksToThePostedNameOnAnotherPlatform_thenRefused() {
        fixture.given(reported(), triaged())
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, onX("https://x.com/AcmeHelp",
                "https://www.instagram.com/acmehelp/p/C0de123/"), null, "olivia", OFFICER, hoursLater(2)))
            .expectNoEvents()
            .expectException(ResponseLinkNotOfAccountException.class);
    }

    @Test
    void givenRecordUnreachable_whenResponseThroughKnownAccountLinksElsewhere_thenRefused() {
        accounts.unreachable();
        fixture.given(reported(), triaged())
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, onX("@AcmeHelp", "https://acme.example/news/1"),
                null, "olivia", OFFICER, hoursLater(2)))
            .expectNoEvents()
            .expectException(ResponseLinkNotOfAccountException.class);
    }

    @Test
    void givenTriaged_whenResponseThroughUnregisteredAccount_thenRefused() {
        fixture.given(reported(), triaged())
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, onX("@AcmeSupport"), null, "olivia", OFFICER,
                hoursLater(2)))
            .expectNoEvents()
            .expectException(ResponseAccountNotOfficialException.class)
            .expectExceptionMessage("@AcmeSupport on X is not a registered official account of acme on 2026-05-04; "
                + "respond through one of the official accounts registered in the social media policy, or through "
                + "the website");
    }

    @Test
    void givenTriaged_whenResponseThroughRetiredAccount_thenRefused() {
        accounts.official(new OfficialAccountHandle(SocialPlatform.X, "acmeoffers", "@AcmeOffers"),
            LocalDate.of(2020, 1, 1), LocalDate.of(2026, 5, 1));
        fixture.given(reported(), triaged())
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, onX("@AcmeOffers"), null, "olivia", OFFICER,
                hoursLater(2)))
            .expectNoEvents()
            .expectException(ResponseAccountNotOfficialException.class);
    }

    @Test
    void givenTriaged_whenResponseThroughAccountRegisteredAMomentAgo_thenDecidedOnTheConfirmedRecord() {
        accounts.officialRecordedLate(new OfficialAccountHandle(SocialPlatform.X, "acmecares", "@AcmeCares"),
            LocalDate.of(2026, 5, 4));
        OfficialResponse response = onX("@AcmeCares");
        fixture.given(reported(), triaged())
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, response, null, "olivia", OFFICER, hoursLater(2)))
            .expectEvents(new ResponseDecidedEvent(INCIDENT_ID, response, null, "olivia", hoursLater(2)));
    }

    @Test
    void givenRecordUnreachable_whenResponseThroughAccountKnownHere_thenDecided() {
        accounts.unreachable();
        OfficialResponse response = onX("@AcmeHelp");
        fixture.given(reported(), triaged())
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, response, null, "olivia", OFFICER, hoursLater(2)))
            .expectEvents(new ResponseDecidedEvent(INCIDENT_ID, response, null, "olivia", hoursLater(2)));
    }

    @Test
    void givenRecordUnreachable_whenResponseThroughAccountNotKnownHere_thenNeitherDecidedNorRefused() {
        accounts.unreachable();
        fixture.given(reported(), triaged())
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, onX("@AcmeCares"), null, "olivia", OFFICER,
                hoursLater(2)))
            .expectNoEvents()
            .expectException(UpstreamBehindException.class);
    }

    @Test
    void givenRecordUnreachable_whenLookalikeReported_thenFlaggedFromTheAccountsKnownHere() {
        accounts.unreachable();
        PostReport post = post("https://x.com/AcmeHe1p/status/1790000000000000001", "@AcmeHe1p");
        fixture.givenNoPriorActivity()
            .when(report(post, EVE))
            .expectEvents(reportedFlagging(post, new ImitatedAccount(SocialPlatform.X, "@AcmeHelp")));
    }

    @Test
    void givenTriaged_whenResponseOnTheWebsite_thenNoAccountNeeded() {
        OfficialResponse response = new OfficialResponse(ResponseChannel.WEBSITE, null, null,
            "Our statement on the delivery delays", "https://acme.example/news/statement");
        fixture.given(reported(), triaged())
            .when(new DecideResponseCommand(INCIDENT_ID, TENANT, response, null, "olivia", OFFICER, hoursLater(2)))
            .expectEvents(new ResponseDecidedEvent(INCIDENT_ID, response, null, "olivia", hoursLater(2)));
    }

    /** A response on X through the handle, linking to the handle's post. */
    private static OfficialResponse onX(String handle) {
        return onX(handle, "https://x.com/" + handle.strip().replace("@", "") + "/status/1790000000000000009");
    }

    private static OfficialResponse onX(String handle, String link) {
        return new OfficialResponse(ResponseChannel.OFFICIAL_ACCOUNT, SocialPlatform.X, handle,
            "We are sorry; our support team has contacted you.", link);
    }

    private static PostReport post(String url, String author) {
        SocialPlatform platform = url.contains("instagram") ? SocialPlatform.INSTAGRAM : SocialPlatform.X;
        return new PostReport(platform, url, author, REPORTED_AT.minus(Duration.ofHours(2)),
            REPORTED_AT.minus(Duration.ofHours(1)), "Acme support here: DM us your card number to get a refund",
            EVIDENCE, Sentiment.NEUTRAL, IncidentCategory.IMPERSONATION,
            SOME_REACH, List.of(), null);
    }

    private static IncidentReportedEvent reportedFlagging(PostReport post, ImitatedAccount imitated) {
        Severity suggested = SeveritySuggestion.suggest(post.category(), post.sentiment(), post.reach());
        return new IncidentReportedEvent(IDS.forPost(TENANT, post.postUrl()), TENANT,
            PostUrlNormalization.normalise(post.postUrl()), post, EVE, suggested, REPORTED_AT,
            IncidentSla.defaults().triageDueBy(suggested, REPORTED_AT), imitated);
    }
}
