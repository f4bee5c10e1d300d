package org.socialgov.incident.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialgov.incident.IncidentFixtures.INCIDENT_ID;
import static org.socialgov.incident.IncidentFixtures.TENANT;
import static org.socialgov.incident.IncidentFixtures.hoursLater;
import static org.socialgov.incident.IncidentFixtures.reported;
import static org.socialgov.incident.IncidentFixtures.triaged;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.incident.api.IncidentDeadline;
import org.socialgov.incident.api.IncidentMergedEvent;
import org.socialgov.incident.api.IncidentReopenedEvent;
import org.socialgov.incident.api.IncidentReportedEvent;
import org.socialgov.incident.api.IncidentResolvedEvent;
import org.socialgov.incident.api.ResponseDecidedEvent;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.api.TriageDueSoonEvent;
import org.socialgov.incident.query.RunningDeadlines.RunningDeadline;
import org.socialgov.platform.process.Reminder;
import org.socialgov.testsupport.TestStore;

/**
 * The incidents with a running deadline, for the deadline watch, their handlers called directly: an incident is
 * there from its report to its response decision (and again after a reopening), with the reminders recorded of its
 * deadline; replayed twice, the same.
 */
class RunningDeadlineProjectionTest {

    private static final TriageDueSoonEvent TRIAGE_DUE_SOON = new TriageDueSoonEvent(INCIDENT_ID, Severity.P3,
        hoursLater(24), Duration.ofHours(6), hoursLater(18));

    @TempDir
    Path dataDir;
    private TestStore store;
    private RunningDeadlines runningDeadlines;
    private IncidentSummaryProjection summaries;
    private RunningDeadlineProjection projection;

    @BeforeEach
    void setUp() {
        store = TestStore.start(dataDir);
        MongoDatabase database = store.database("incident-service");
        IncidentSummaries incidentSummaries = new IncidentSummaries(database);
        runningDeadlines = new RunningDeadlines(database, incidentSummaries);
        summaries = new IncidentSummaryProjection(incidentSummaries);
        projection = new RunningDeadlineProjection(runningDeadlines);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void givenReportedThenReminded_whenDeliveredTwice_thenTheTriageDeadlineWithItsReminderOnce() {
        for (int delivery = 0; delivery < 2; delivery++) {
            summaries.on(reported(), 0);
            projection.on(reported(), 0);
            projection.on(TRIAGE_DUE_SOON, 1);
        }

        assertEquals(List.of(new RunningDeadline(INCIDENT_ID, TENANT, IncidentDeadline.TRIAGE, Severity.P3,
            hoursLater(24), Set.of(new Reminder(hoursLater(24), Duration.ofHours(6)).key()))), runningDeadlines.all());
    }

    @Test
    void givenTriaged_thenTheDecisionDeadlineRunsWithNoReminderOfItYet() {
        summaries.on(reported(), 0);
        projection.on(reported(), 0);
        projection.on(TRIAGE_DUE_SOON, 1);
        summaries.on(triaged(), 2);
        projection.on(triaged(), 2);

        assertEquals(List.of(new RunningDeadline(INCIDENT_ID, TENANT, IncidentDeadline.RESPONSE_DECISION,
            Severity.P3, hoursLater(72), Set.of())), runningDeadlines.all());
    }

    @Test
    void givenResponseDecided_thenNoDeadlineRunsUntilReopened_evenWhenDeliveredTwice() {
        ResponseDecidedEvent decided = new ResponseDecidedEvent(INCIDENT_ID, null, "Ignore it", "olivia",
            hoursLater(3));
        IncidentReopenedEvent reopened = new IncidentReopenedEvent(INCIDENT_ID, "Again", hoursLater(10),
            hoursLater(82));
        for (int delivery = 0; delivery < 2; delivery++) {
            summaries.on(reported(), 0);
            projection.on(reported(), 0);
            summaries.on(triaged(), 1);
            projection.on(triaged(), 1);
            summaries.on(decided, 2);
            projection.on(decided, 2);
        }
        assertEquals(List.of(), runningDeadlines.all());
        assertEquals(0, runningDeadlines.collection().countDocuments(), "the watch's read holds open incidents only");

        for (int delivery = 0; delivery < 2; delivery++) {
            summaries.on(new IncidentResolvedEvent(INCIDENT_ID, "Done", hoursLater(5)), 3);
            summaries.on(reopened, 4);
            projection.on(reopened, 4);
        }
        assertEquals(List.of(new RunningDeadline(INCIDENT_ID, TENANT, IncidentDeadline.RESPONSE_DECISION,
            Severity.P3, hoursLater(82), Set.of())), runningDeadlines.all());
    }

    @Test
    void givenADeadlineSetToTheMicrosecond_thenItIsReadBackAsSetSoThatItsRemindersKeysMatch() {
        Instant reportedAt = Instant.parse("2026-05-04T09:30:00.123456Z");
        IncidentReportedEvent reported = new IncidentReportedEvent(INCIDENT_ID, TENANT, reported().normalisedUrl(),
            reported().report(), reported().reporter(), Severity.P3, reportedAt, reportedAt.plus(Duration.ofDays(1)),
            null);
        summaries.on(reported, 0);
        projection.on(reported, 0);

        assertEquals(reportedAt.plus(Duration.ofDays(1)), runningDeadlines.all().get(0).dueBy());
    }

    @Test
    void givenMerged_thenNoDeadlineRuns() {
        summaries.on(reported(), 0);
        projection.on(reported(), 0);
        IncidentMergedEvent merged = new IncidentMergedEvent(INCIDENT_ID, "survivor-1", "Same story", hoursLater(1));
        summaries.on(merged, 1);
        projection.on(merged, 1);

        assertEquals(List.of(), runningDeadlines.all());
        assertEquals(0, runningDeadlines.collection().countDocuments());
    }
}
