package org.socialgov.incident.api;

import java.time.Instant;

/** The company decided how to respond: {@code response}, or not at all for {@code noResponseReason}. */
public record ResponseDecidedEvent(String incidentId, OfficialResponse response, String noResponseReason,
                                   String decidedBy, Instant decidedAt) {
}
