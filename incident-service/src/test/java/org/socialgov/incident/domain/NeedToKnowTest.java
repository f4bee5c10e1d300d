package org.socialgov.incident.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialgov.incident.IncidentFixtures.EVE;
import static org.socialgov.incident.IncidentFixtures.REPORTED_AT;
import static org.socialgov.incident.IncidentFixtures.SEEN_AT;
import static org.socialgov.incident.IncidentFixtures.SOME_REACH;
import static org.socialgov.incident.IncidentFixtures.complaint;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialgov.incident.api.IncidentStatus;
import org.socialgov.incident.api.Reporter;
import org.socialgov.incident.api.ReporterKind;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.api.Sighting;
import org.socialgov.incident.domain.NeedToKnow.Access;
import org.socialgov.platform.identity.RequestIdentity;

/** Who may read an incident reported by Eve and sighted by Bob, and with how much of the personal data. */
class NeedToKnowTest {

    private static final IncidentState INCIDENT = new IncidentState("i-1", "acme", IncidentStatus.REPORTED,
        complaint(), EVE, REPORTED_AT, Severity.P3, Severity.P3, null, null, REPORTED_AT, null, null, null, List.of(),
        null, null, null, null, List.of(new Sighting("x.com/a/status/1",
        new Reporter("bob", ReporterKind.EMPLOYEE, null), SEEN_AT, SOME_REACH, REPORTED_AT)), List.of(), null, null);

    @Test
    void givenIncident_whenEachKindOfCallerAsks_thenAccessAsNeeded() {
        assertEquals(Access.UNREDACTED_RECORDED, access("olivia", "acme", "COMPLIANCE_OFFICER"));
        assertEquals(Access.REDACTED, access("ann", "acme", "AUDITOR"));
        assertEquals(Access.OWN_REPORT, access("eve", "acme", "EMPLOYEE"));
        assertEquals(Access.REDACTED, access("bob", "acme", "EMPLOYEE"));
        assertEquals(Access.NONE, access("frank", "acme", "EMPLOYEE"));
        assertEquals(Access.NONE, access("olga", "globex", "COMPLIANCE_OFFICER", "AUDITOR"));
    }

    private static Access access(String actor, String tenant, String... roles) {
        return NeedToKnow.of(new RequestIdentity(actor, tenant, List.of(roles)), INCIDENT);
    }
}
