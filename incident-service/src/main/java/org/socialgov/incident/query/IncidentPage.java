package org.socialgov.incident.query;

import java.util.List;

/** A page of incidents and the position to continue after, if there are more. */
public record IncidentPage(List<IncidentSummary> items, IncidentListPosition lastPositionIfMore) {
}
