package org.socialgov.console.incidents;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DeadlineTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    @Test
    void givenReportedIncident_whenTriageIsAhead_thenTimeLeftInHoursAndMinutes() {
        Deadline deadline = Deadline.running("REPORTED", NOW.plus(Duration.ofMinutes(200)).plusSeconds(30), NOW);

        assertEquals("Triage due in 3 h 20 min", deadline.words());
    }

    @Test
    void givenTriagedIncident_whenDecisionIsPast_thenOverdueByDays() {
        Deadline deadline = Deadline.running("ESCALATED", NOW.minus(Duration.ofDays(2).plusMinutes(10)), NOW);

        assertEquals("Decision overdue by 2 days", deadline.words());
    }

    @Test
    void givenSpans_thenTheTwoLargestUnitsThatMatter() {
        assertEquals("less than a minute", Deadline.span(Duration.ofSeconds(40)));
        assertEquals("45 min", Deadline.span(Duration.ofMinutes(45)));
        assertEquals("2 h", Deadline.span(Duration.ofHours(2)));
        assertEquals("1 day 4 h", Deadline.span(Duration.ofHours(28)));
        assertEquals("9 days", Deadline.span(Duration.ofDays(9).plusHours(5)));
    }

    @Test
    void givenResponseDecided_thenNoDeadlineRuns() {
        assertNull(Deadline.running("RESPONSE_DECIDED", NOW, NOW));
        assertNull(Deadline.running("REPORTED", null, NOW));
    }
}
