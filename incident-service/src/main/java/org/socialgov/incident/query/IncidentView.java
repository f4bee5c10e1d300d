package org.socialgov.incident.query;

import org.socialgov.incident.domain.IncidentState;

/** An incident with the version (sequence number of its latest event) it was read at. */
public record IncidentView(IncidentState incident, long version) {
}
