package org.socialgov.incident.api;

import java.time.Instant;

/** One incident of the tenant, as its events left it, or as it was at a version or an instant when one is given. */
public record FindIncidentQuery(String incidentId, String tenant, Long version, Instant asOf) {
}
