package org.socialgov.incident.api;

import java.time.Instant;

/** A follow-up observation was added; {@code reach} is the reach then, if the author counted it. */
public record FollowUpObservationAddedEvent(String incidentId, String author, String observation, Reach reach,
                                            Instant observedAt) {
}
