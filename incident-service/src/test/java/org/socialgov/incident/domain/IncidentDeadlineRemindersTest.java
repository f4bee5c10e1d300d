package org.socialgov.incident.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socialgov.incident.api.IncidentDeadline;
import org.socialgov.incident.api.Severity;
import org.socialgov.platform.process.Reminder;

/** When an incident's deadlines count as due soon: the last quarter of each allowance unless configured. */
class IncidentDeadlineRemindersTest {

    private static final IncidentDeadlineReminders DEFAULTS =
        IncidentDeadlineReminders.lastQuarterOf(IncidentSla.defaults());

    @Test
    void givenTheDefaultSla_whenNothingConfigured_thenDueSoonInTheLastQuarterOfEachAllowance() {
        assertEquals(Duration.ofMinutes(15), DEFAULTS.dueSoon(IncidentDeadline.TRIAGE, Severity.P1));
        assertEquals(Duration.ofHours(1), DEFAULTS.dueSoon(IncidentDeadline.RESPONSE_DECISION, Severity.P1));
        assertEquals(Duration.ofHours(6), DEFAULTS.dueSoon(IncidentDeadline.TRIAGE, Severity.P3));
        assertEquals(Duration.ofHours(42), DEFAULTS.dueSoon(IncidentDeadline.TRIAGE, Severity.P5));
        assertEquals(Duration.ofHours(180), DEFAULTS.dueSoon(IncidentDeadline.RESPONSE_DECISION, Severity.P5));
    }

    @Test
    void givenALeadTimeAsLongAsItsAllowance_whenConfigured_thenRefused() {
        Map<Severity, IncidentDeadlineReminders.DueSoon> dueSoon = lastQuarters();
        dueSoon.put(Severity.P1, new IncidentDeadlineReminders.DueSoon(Duration.ofHours(1), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class,
            () -> new IncidentDeadlineReminders(IncidentSla.defaults(), dueSoon));
    }

    @Test
    void givenNoDueSoonLeadTime_whenTheDeadlineNears_thenOnlyItsBreachIsReminded() {
        Map<Severity, IncidentDeadlineReminders.DueSoon> dueSoon = lastQuarters();
        dueSoon.put(Severity.P1, new IncidentDeadlineReminders.DueSoon(Duration.ZERO, Duration.ofHours(1)));
        IncidentDeadlineReminders breachesOnly = new IncidentDeadlineReminders(IncidentSla.defaults(), dueSoon);
        Instant dueBy = Instant.parse("2026-05-04T10:30:00Z");

        assertEquals(Optional.empty(), breachesOnly.dueAt(IncidentDeadline.TRIAGE, Severity.P1, dueBy,
            dueBy.minusSeconds(1), Set.of()));
        assertEquals(Optional.of(new Reminder(dueBy, null)), breachesOnly.dueAt(IncidentDeadline.TRIAGE,
            Severity.P1, dueBy, dueBy, Set.of()));
    }

    private static Map<Severity, IncidentDeadlineReminders.DueSoon> lastQuarters() {
        Map<Severity, IncidentDeadlineReminders.DueSoon> dueSoon = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            dueSoon.put(severity, IncidentDeadlineReminders.lastQuarterOf(IncidentSla.defaults().of(severity)));
        }
        return dueSoon;
    }
}
