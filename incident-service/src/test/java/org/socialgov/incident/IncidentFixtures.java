package org.socialgov.incident;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.socialgov.incident.api.Evidence;
import org.socialgov.incident.api.IncidentCategory;
import org.socialgov.incident.api.IncidentReportedEvent;
import org.socialgov.incident.api.IncidentTriagedEvent;
import org.socialgov.incident.api.PostReport;
import org.socialgov.incident.api.Reach;
import org.socialgov.incident.api.ReportIncidentCommand;
import org.socialgov.incident.api.Reporter;
import org.socialgov.incident.api.ReporterKind;
import org.socialgov.incident.api.Sentiment;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.api.SocialPlatform;
import org.socialgov.incident.domain.AgencyContracts;
import org.socialgov.incident.domain.Incident;
import org.socialgov.incident.domain.IncidentDeadlineReminders;
import org.socialgov.incident.domain.IncidentIds;
import org.socialgov.incident.domain.IncidentSla;
import org.socialgov.incident.domain.OfficialAccounts;

/** Acme's incident about one negative complaint on X, reported by Eve, in the forms the tests use. */
public final class IncidentFixtures {

    public static final String TENANT = "acme";
    public static final String POST_URL = "https://x.com/Angry_Customer/status/1790000000000000001";
    public static final String NORMALISED_URL = "x.com/angry_customer/status/1790000000000000001";
    /** Ids as the service derives them, with a key of the tests' own; no incident is recorded under a legacy id. */
    public static final IncidentIds IDS = new IncidentIds(
        "a key only the incident tests know, 32+ bytes".getBytes(StandardCharsets.UTF_8), incidentId -> false);
    public static final String INCIDENT_ID = IDS.of(TENANT, NORMALISED_URL);
    public static final Instant POSTED_AT = Instant.parse("2026-05-04T08:00:00Z");
    public static final Instant SEEN_AT = Instant.parse("2026-05-04T09:00:00Z");
    public static final Instant REPORTED_AT = Instant.parse("2026-05-04T09:30:00Z");
    public static final Reporter EVE = new Reporter("eve", ReporterKind.EMPLOYEE, null);
    public static final Reach SOME_REACH = new Reach(5_000, 80, 40);
    public static final Evidence EVIDENCE = new Evidence("a".repeat(64), "dms://captures/2026/05/04/1.png");

    private IncidentFixtures() {
    }

    public static PostReport complaint(String postUrl, Instant postedAt, Instant seenAt) {
        return new PostReport(SocialPlatform.X, postUrl, "@Angry_Customer", postedAt, seenAt,
            "Third week without an answer from Acme support", EVIDENCE, Sentiment.NEGATIVE,
            IncidentCategory.COMPLAINT, SOME_REACH, List.of(4), null);
    }

    public static PostReport complaint() {
        return complaint(POST_URL, POSTED_AT, SEEN_AT);
    }

    public static ReportIncidentCommand report(PostReport report, Reporter reporter) {
        return new ReportIncidentCommand(IDS.forPost(TENANT, report.postUrl()), TENANT, report, reporter,
            REPORTED_AT);
    }

    public static ReportIncidentCommand report() {
        return report(complaint(), EVE);
    }

    /** A negative complaint with some reach is P3: triage within 24 h. */
    public static IncidentReportedEvent reported() {
        return reportedUnder(INCIDENT_ID);
    }

    /** As above, recorded under the given id (e.g. the legacy one an incident reported before keyed ids has). */
    public static IncidentReportedEvent reportedUnder(String incidentId) {
        return new IncidentReportedEvent(incidentId, TENANT, NORMALISED_URL, complaint(), EVE, Severity.P3,
            REPORTED_AT, REPORTED_AT.plus(Duration.ofHours(24)), null);
    }

    /** The Incident aggregate under test, with default deadlines and the company's facts as the test gives them. */
    public static AggregateTestFixture<Incident> incidentFixture(AgencyContracts contracts,
                                                                OfficialAccounts accounts) {
        AggregateTestFixture<Incident> fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerInjectableResource(IncidentSla.defaults());
        fixture.registerInjectableResource(IncidentDeadlineReminders.lastQuarterOf(IncidentSla.defaults()));
        fixture.registerInjectableResource(contracts);
        fixture.registerInjectableResource(accounts);
        fixture.registerInjectableResource(IDS);
        return fixture;
    }

    /** As above, with no agency contracts and Acme's @AcmeHelp as the only official account. */
    public static AggregateTestFixture<Incident> incidentFixture() {
        return incidentFixture(new InMemoryAgencyContracts(), new InMemoryOfficialAccounts());
    }

    public static Instant hoursLater(int hours) {
        return REPORTED_AT.plus(Duration.ofHours(hours));
    }

    /** Triaged as suggested (P3) an hour after the report: decide within 72 h of the report. */
    public static IncidentTriagedEvent triaged() {
        return new IncidentTriagedEvent(INCIDENT_ID, Severity.P3, null, "olivia", hoursLater(1),
            REPORTED_AT.plus(Duration.ofHours(72)));
    }
}
