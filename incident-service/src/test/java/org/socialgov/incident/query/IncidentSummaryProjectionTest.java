package org.socialgov.incident.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialgov.incident.IncidentFixtures.EVE;
import static org.socialgov.incident.IncidentFixtures.INCIDENT_ID;
import static org.socialgov.incident.IncidentFixtures.POST_URL;
import static org.socialgov.incident.IncidentFixtures.REPORTED_AT;
import static org.socialgov.incident.IncidentFixtures.SEEN_AT;
import static org.socialgov.incident.IncidentFixtures.SOME_REACH;
import static org.socialgov.incident.IncidentFixtures.TENANT;
import static org.socialgov.incident.IncidentFixtures.complaint;
import static org.socialgov.incident.IncidentFixtures.hoursLater;
import static org.socialgov.incident.IncidentFixtures.reported;
import static org.socialgov.incident.IncidentFixtures.triaged;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.incident.api.IncidentReportedEvent;
import org.socialgov.incident.api.IncidentSightedEvent;
import org.socialgov.incident.api.IncidentStatus;
import org.socialgov.incident.api.Reporter;
import org.socialgov.incident.api.ReporterKind;
import org.socialgov.incident.api.ResponseDecidedEvent;
import org.socialgov.incident.api.Severity;
import org.socialgov.testsupport.TestStore;

/**
 * The incident_summaries projection, its handlers called directly: idempotent, the running deadline kept, and its
 * lists paged newest first.
 */
class IncidentSummaryProjectionTest {

    private static final Duration SOON = Duration.ofHours(2);

    @TempDir
    Path dataDir;
    private TestStore store;
    private IncidentSummaries summaries;
    private IncidentSummaryProjection projection;

    @BeforeEach
    void setUp() {
        store = TestStore.start(dataDir);
        summaries = new IncidentSummaries(store.database("incident-service"));
        projection = new IncidentSummaryProjection(summaries);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void givenEveryEventDeliveredTwice_whenProjected_thenTheSameSummaryAsOnce() {
        IncidentSightedEvent sighted = new IncidentSightedEvent(INCIDENT_ID, POST_URL,
            new Reporter("bob", ReporterKind.EMPLOYEE, null), SEEN_AT, SOME_REACH, REPORTED_AT);
        for (int delivery = 0; delivery < 2; delivery++) {
            projection.on(reported(), 0);
            projection.on(sighted, 1);
            projection.on(triaged(), 2);
        }

        IncidentSummary summary = list(null, null, REPORTED_AT).get(0);
        assertEquals(2, summary.sightings());
        assertEquals(IncidentStatus.TRIAGED, summary.status());
        assertEquals(triaged().decideDueBy(), summary.nextDueBy());
        assertEquals(List.of(INCIDENT_ID), ids(list("bob", null, REPORTED_AT)),
            "a sighting's reporter knows of the incident");
    }

    @Test
    void givenReportedIncident_whenDeadlinePassesAndResponseIsDecided_thenOverdueThenNoLongerDue() {
        projection.on(reported(), 0);

        assertEquals(List.of(), ids(list(null, DueFilter.OVERDUE, hoursLater(23))));
        assertEquals(List.of(INCIDENT_ID), ids(list(null, DueFilter.SOON, hoursLater(23))));
        assertEquals(List.of(INCIDENT_ID), ids(list(null, DueFilter.OVERDUE, hoursLater(25))));

        projection.on(triaged(), 1);
        projection.on(new ResponseDecidedEvent(INCIDENT_ID, null, "Ignore it", "olivia", hoursLater(30)), 2);

        assertEquals(List.of(), ids(list(null, DueFilter.OVERDUE, hoursLater(500))));
        assertEquals(List.of(), ids(list("frank", null, REPORTED_AT)),
            "someone who did not report it does not see it");
    }

    @Test
    void givenIncidentsReportedInTheSameMillisecond_whenPaged_thenNewestFirstTiesByIdAndEachOnce() {
        projection.on(reportedAt("incident-a", REPORTED_AT), 0);
        projection.on(reportedAt("incident-c", REPORTED_AT), 0);
        projection.on(reportedAt("incident-b", REPORTED_AT), 0);
        projection.on(reportedAt("incident-older", hoursLater(-1)), 0);
        projection.on(reportedAt("incident-newer", hoursLater(1)), 0);

        List<List<String>> pages = new ArrayList<>();
        IncidentListPosition after = null;
        do {
            IncidentPage page = summaries.page(TENANT, null, IncidentListFilter.NONE, REPORTED_AT, SOON, 2, after);
            pages.add(ids(page.items()));
            after = page.lastPositionIfMore();
        } while (after != null);

        assertEquals(List.of(List.of("incident-newer", "incident-c"), List.of("incident-b", "incident-a"),
            List.of("incident-older")), pages);
    }

    private List<IncidentSummary> list(String reporter, DueFilter due, Instant now) {
        return summaries.page(TENANT, reporter, new IncidentListFilter(due, null, null, null, null, null, null), now,
            SOON, 100, null).items();
    }

    private static IncidentReportedEvent reportedAt(String incidentId, Instant at) {
        return new IncidentReportedEvent(incidentId, TENANT, "x.com/angry_customer/status/" + incidentId,
            complaint(), EVE, Severity.P3, at, at.plus(Duration.ofHours(24)), null);
    }

    private static List<String> ids(List<IncidentSummary> found) {
        return found.stream().map(IncidentSummary::incidentId).toList();
    }
}
