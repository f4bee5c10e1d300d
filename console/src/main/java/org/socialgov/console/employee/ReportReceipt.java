package org.socialgov.console.employee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The API's answer to a report: a new incident, or one more sighting of an incident already open for the post. */
@Serdeable
public record ReportReceipt(String incidentId, String outcome, int sightings, @Nullable String duplicateOf,
                            @Nullable String suggestedSeverity) {

    public boolean sighting() {
        return "SIGHTING".equals(outcome);
    }

    /** The incident that carries the story: for a sighting, the one the post was first reported in. */
    public String storyIncidentId() {
        return duplicateOf != null ? duplicateOf : incidentId;
    }
}
